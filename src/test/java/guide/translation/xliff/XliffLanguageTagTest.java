package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CAT tools write the languages of a file they save in their own way: with a region ("en-US", as
 * the project in the tool is set up), in capitals, or with an underscore ("pl_PL"). Such a file is
 * still a translation into the site's English, and its import writes it; a language the site does
 * not have is still refused.
 */
class XliffLanguageTagTest {
    @TempDir
    Path project;

    private Path exported() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        Path file = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        XliffFixture.write(file, read(file).replace(">Another test article</target>", ">A retitled test article</target>"));
        return file;
    }

    @Test
    void aFileSavedWithRegionsCapitalsOrUnderscoresInItsLanguagesIsImported() throws Exception {
        Path file = exported();
        XliffFixture.write(file, read(file).replace("source-language=\"pl\"", "source-language=\"pl_PL\"")
                .replace("target-language=\"en\"", "target-language=\"EN-us\"")
                .replace("xml:lang=\"en\"", "xml:lang=\"en-US\"").replace("xml:lang=\"pl\"", "xml:lang=\"pl-PL\""));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(read(project.resolve("content/en/other-test.md")).startsWith("title=A retitled test article\n"),
                read(project.resolve("content/en/other-test.md")));
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("other-fixture        source     current"), report.out());
    }

    /** The refusal names the line that says the language, as every other refusal of an import names its line. */
    @Test
    void aLanguageTheSiteDoesNotHaveIsStillRefused() throws Exception {
        Path file = exported();
        XliffFixture.write(file, read(file).replace("target-language=\"en\"", "target-language=\"de-DE\""));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(file + ":3: is a translation into 'de-DE', which is not another language of this site (pl, en)"), run.err());
    }

    /** A CAT tool that writes each attribute of {@code <file>} on a line of its own: the refusal names target-language's line. */
    @Test
    void aLanguageOnALineOfItsOwnIsNamedAtThatLine() throws Exception {
        Path file = exported();
        XliffFixture.write(file, read(file).replace(" source-language=\"pl\" target-language=\"en\" ",
                "\n    source-language=\"pl\"\n    target-language=\"de\"\n    "));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(file + ":5: is a translation into 'de', which is not another language of this site (pl, en)"), run.err());
    }
}
