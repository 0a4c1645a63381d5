package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an import does with the translation files it writes: their line ends, a header it cannot find, a write that fails. */
class XliffImportFilesTest {
    @TempDir
    Path project;
    Path other;
    Path xliff;

    @BeforeEach
    void export() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "content/pl/inny-testowy.md",
                "--to", "en");
        assertEquals(0, run.code(), run.err());
        other = project.resolve("content/en/other-test.md");
        xliff = project.resolve("target/xliff/other-fixture.pl-en.xlf");
    }

    @Test
    void aTranslationWithWindowsLineEndingsIsImportedAndKeepsThem() throws Exception {
        String crlf = read(other).replace("\n", "\r\n");
        write(other, crlf);
        XliffFixture.Run unchanged = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, unchanged.code(), unchanged.err());
        assertTrue(unchanged.out().contains("content/en/other-test.md: unchanged from "), unchanged.out());
        assertEquals(crlf, read(other));

        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffFixture.Run updated = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, updated.code(), updated.err());
        assertTrue(updated.out().contains("content/en/other-test.md: updated from "), updated.out());
        assertEquals(crlf.replace("A paragraph.", "A paragraph, revised."), read(other), "only the paragraph changed, every line still ends in \\r\\n");
    }

    @Test
    void aTranslationThatLostItsHeaderSeparatorIsNamedWithItsLine() throws Exception {
        SiteContent content = SiteContent.load(project);
        // Saved without its separator after the project was read, as an editor may do while the dashboard imports.
        String text = read(other).replace("~~~~~~\n", "");
        write(other, text);
        XliffImportBatch.Plan plan = new XliffImportBatch(content).plan(List.of(xliff), false);
        assertEquals(List.of("content/en/other-test.md:1: no header separator: end the key=value header with a line of exactly '~~~~~~', "
                + "then import other-fixture.pl-en.xlf again"), plan.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(), plan.writes());
        assertEquals(text, read(other));
    }
}
