package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new page's links that still go to Polish pages (one with no English version yet, one whose English version is a
 * draft): the XLIFF import names each at its line, as ./guide translate does, so the translator learns of them either way.
 */
class NewPageLinkNotesTest {
    @TempDir
    Path project;

    @BeforeEach
    void pages() throws Exception {
        XliffFixture.fixtureProject(project);
        write(project.resolve("content/pl/bez-tlumaczenia.md"), page("Bez tłumaczenia", "published", "untranslated-fixture", "Tylko po polsku."));
        write(project.resolve("content/pl/ze-szkicem.md"), page("Ze szkicem", "published", "drafted-fixture", "Przetłumaczona w połowie."));
        write(project.resolve("content/en/drafted.md"), page("Drafted", "draft", "drafted-fixture", "Half translated."));
        Path polish = project.resolve("content/pl/tylko-po-polsku.md");
        write(polish, read(polish).replace("[tę stronę](/pl/tylko-po-polsku/)", "[stronę bez tłumaczenia](/pl/bez-tlumaczenia/) i [szkic](/pl/ze-szkicem/#jedna)"));
    }

    @Test
    void anImportThatMakesANewPageNamesItsLinksStillToPolishPages() throws Exception {
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.translateAsIs(xliff);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        int line = linksLine();
        assertTrue(imported.out().contains("content/en/polish-only.md:" + line + ": /pl/bez-tlumaczenia/ has no English version yet:"
                + " the link goes to the Polish page until an English version exists\n"), imported.out());
        assertTrue(imported.out().contains("content/en/polish-only.md:" + line + ": the English version of /pl/ze-szkicem/ is still a draft"
                + " (content/en/drafted.md): the link to /pl/ze-szkicem/#jedna goes to the Polish page until that draft is published; once it is,"
                + " the build stops at this line and asks for /en/drafted/#jedna\n"), imported.out());
    }

    @Test
    void translateNamesTheSameLinks() throws Exception {
        XliffFixture.Run started = guide(project, "translate", "content/pl/tylko-po-polsku.md", "--to", "en", "--name", "polish-only");
        assertEquals(0, started.code(), started.err());
        int line = linksLine();
        assertTrue(started.out().contains("content/en/polish-only.md:" + line + ": /pl/bez-tlumaczenia/ has no English version yet:"
                + " the link goes to the Polish page until an English version exists\n"), started.out());
        assertTrue(started.out().contains("content/en/polish-only.md:" + line + ": the English version of /pl/ze-szkicem/ is still a draft"
                + " (content/en/drafted.md): the link to /pl/ze-szkicem/#jedna goes to the Polish page until that draft is published; once it is,"
                + " the build stops at this line and asks for /en/drafted/#jedna\n"), started.out());
    }

    /** The line of the new page with the links, whose link with an English version went there. */
    private int linksLine() throws Exception {
        List<String> lines = read(project.resolve("content/en/polish-only.md")).lines().toList();
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("/pl/bez-tlumaczenia/")).findFirst().orElseThrow()) + 1;
        assertTrue(lines.get(line - 1).contains("(/en/other-test/#sekcja)"), "the setup: the link with an English version went there: " + lines);
        return line;
    }

    private static String page(String title, String status, String key, String text) {
        return "title=" + title + "\ndate=2026-11-22\ntype=post\nstatus=" + status + "\ntranslationKey=" + key + "\nauthor=redakcja\nsummary=" + text + "\n~~~~~~\n\n"
                + text + "\n";
    }
}
