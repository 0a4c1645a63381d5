package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A tool that keeps the element as it found it in a comment ({@code <!-- <file source-language=… -->}), before the element or
     * on the line its start tag ends on: the refusal still names the line of the element's own target-language, not the comment's.
     */
    @Test
    void aCommentHoldingAFileTagDoesNotMoveTheLine() throws Exception {
        Path file = exported();
        String text = read(file);
        XliffFixture.write(file, text.replace("  <file original=", "  <!-- <file source-language=\"pl\"\n  target-language=\"en\" -->\n  <file original=")
                .replace(" source-language=\"pl\" target-language=\"en\" ", "\n    source-language=\"pl\"\n    target-language=\"de\"\n    ")
                .replace("category=\"other-fixture\">", "category=\"other-fixture\"><!-- was <file source-language=\"pl\" target-language=\"en\"> -->"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(file + ":7: is a translation into 'de', which is not another language of this site (pl, en)"), run.err());
    }

    /**
     * A CAT tool set up for en-US saves the file with its own languages. The translator copied a paragraph's source to its
     * target, link and all, and translated its words; the import pointed the link at the English page. Imported, the file
     * holds nothing the translation lacks, so the next export writes over it, as it does a file saved as "en".
     */
    @Test
    void aFileSavedAsEnUsIsWrittenOverByTheExportOnceImported() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        Path file = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        Matcher unit = Pattern.compile("(?s)(<trans-unit id=\"b1\\.1\".*?<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target [^>]*>).*?(</target>)")
                .matcher(read(file));
        assertTrue(unit.find(), read(file));
        assertTrue(unit.group(2).contains("/pl/inny-testowy/#sekcja"), unit.group(2));
        String copied = unit.group(2).replace("Pierwszy akapit z", "The first paragraph, with");
        XliffFixture.write(file, (read(file).substring(0, unit.start()) + unit.group(1) + unit.group(2) + unit.group(3) + copied + unit.group(4)
                + read(file).substring(unit.end())).replace("source-language=\"pl\"", "source-language=\"pl-PL\"")
                .replace("target-language=\"en\"", "target-language=\"en-US\"").replace("xml:lang=\"en\"", "xml:lang=\"en-US\"")
                .replace("xml:lang=\"pl\"", "xml:lang=\"pl-PL\""));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(read(project.resolve("content/en/test-article.md")).contains("The first paragraph, with"), "imported");

        XliffFixture.Run again = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, again.code(), again.err());
        assertTrue(read(file).contains("target-language=\"en\""), "written anew: " + read(file));
    }
}
