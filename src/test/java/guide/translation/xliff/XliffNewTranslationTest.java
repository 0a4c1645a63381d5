package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A translation that is only begun: a draft ./guide translate made, or a page with no translation at all. */
class XliffNewTranslationTest {
    @TempDir
    Path project;

    @Test
    void aDraftThatIsStillACopyOfItsSourceExportsAsToTranslate() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run started = guide(project, "translate", "content/pl/tylko-po-polsku.md", "--to", "en", "--name", "polish-only");
        assertEquals(0, started.code(), started.err());
        XliffFixture.Run export = guide(project, "translations", "export", "content/pl", "--to", "en", "--output", project.resolve("x").toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("tylko-po-polsku.md -> " + project.resolve("x/polish-only-fixture.pl-en.xlf") + " (5 to translate)"), export.out());
        assertTrue(export.out().contains(" documents into " + project.resolve("x") + ". Translate them in a CAT tool"), export.out());
        String xliff = read(project.resolve("x/polish-only-fixture.pl-en.xlf"));
        assertFalse(xliff.contains("state=\"translated\""), "the Polish copied into the draft is no translation: " + xliff);
        String other = export.out().lines().filter(l -> l.startsWith("content/pl/inny-testowy.md")).findFirst().orElseThrow();
        assertTrue(other.contains(" translated)"), "a real translation stays translated: " + other);
    }

    @Test
    void theExportOfAPageWithNoTranslationSaysItsImportNeedsAName() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = guide(project, "translations", "export", "content/pl", "--to", "en", "--output", project.resolve("x").toString());
        assertEquals(0, export.code(), export.err());
        List<String> notes = export.out().lines().filter(l -> l.startsWith("note: ")).toList();
        assertEquals(List.of("note: " + project.resolve("x/polish-only-fixture.pl-en.xlf") + " makes a new English page, so import it with --name"
                + " NAME: its file name, which is its address, in English (one new page per import; the import suggests one from the translated"
                + " title)"), notes, "only the page with no English version yet, not its translated neighbours: " + export.out());
        assertTrue(read(project.resolve("x/polish-only-fixture.pl-en.xlf")).contains("<note from=\"guide\">Translation of content/pl/tylko-po-polsku.md"
                + " (pl ") && read(project.resolve("x/polish-only-fixture.pl-en.xlf")).contains(") into en, for a new English page. Translate"
                + " every target; keep every tag (links, emphasis, code, footnote markers). Import with: ./guide translations import FILE --name"
                + " NAME: its file name, which is its address, in English</note>"), "the file's own note does not name a file at the"
                + " Polish address, which the import refuses");
        assertTrue(read(project.resolve("x/xliff-fixture.pl-en.xlf")).contains(") into en, for content/en/test-article.md. Translate every"
                + " target; keep every tag (links, emphasis, code, footnote markers). Import with: ./guide translations import FILE</note>"),
                "a translated page's file names its translation");
    }

    @Test
    void anUntouchedExportIsRefusedOnceAsNotTranslatedYet() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path file = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        String xliff = read(file);
        int units = xliff.split("<trans-unit ", -1).length - 1;
        int line = (int) xliff.substring(0, xliff.indexOf("<trans-unit ")).chars().filter(c -> c == '\n').count() + 1;
        XliffFixture.Run imported = guide(project, "translations", "import", file.toString(), "--name", "polish-only");
        assertEquals(1, imported.code(), imported.out());
        assertEquals(List.of(file + ":" + line + ": none of its " + units + " units has a target: it has not been translated yet; translate it in a CAT tool,"
                + " then import it", "Nothing imported: 1 problem; content/ was left as it was."), imported.err().lines().toList());
        assertFalse(Files.exists(project.resolve("content/en/polish-only.md")));
    }

    @Test
    void aPublishedTranslationThatKeepsASentenceAsItsSourceHasItExportedAsTranslated() throws Exception {
        XliffFixture.fixtureProject(project);
        // A proper name, the same in both languages: the translator kept it on purpose.
        for (String file : List.of("content/pl/inny-testowy.md", "content/en/other-test.md")) {
            Path path = project.resolve(file);
            String text = read(path);
            Files.writeString(path, text.replace(text.contains("Akapit.") ? "Akapit." : "A paragraph.", "Basecamp, Trello, Asana."), StandardCharsets.UTF_8);
        }
        assertEquals(0, guide(project, "translations", "stamp", "content/en/other-test.md").code());
        XliffFixture.Run export = guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en", "--output", project.resolve("x").toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("(5 translated)"), "nothing to translate in a current, published translation: " + export.out());
        String xliff = read(project.resolve("x/other-fixture.pl-en.xlf"));
        assertTrue(xliff.matches("(?s).*<target xml:lang=\"en\" state=\"translated\">Basecamp, Trello, Asana\\.</target>.*"), xliff);
    }
}
