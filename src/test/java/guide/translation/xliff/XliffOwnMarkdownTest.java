package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A target whose words make Markdown of their own is refused, and the message names what does it
 * and where, with the words just before it: in a long paragraph, "makes Markdown of its own here"
 * alone leaves the translator to search the whole unit. A CAT tool's line break (Shift+Enter) is
 * the one translators make most.
 */
class XliffOwnMarkdownTest {
    @TempDir
    Path project;

    private String refused(String target) throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path file = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        String text = read(file);
        assertTrue(text.contains(">A paragraph.</target>"), text);
        XliffFixture.write(file, text.replace(">A paragraph.</target>", ">" + target + "</target>"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code(), run.out());
        return run.err();
    }

    @Test
    void aLineBreakIsNamedWithTheWordsBeforeIt() throws Exception {
        String err = refused("A paragraph that a translator split\n\ninto two.");
        assertTrue(err.contains(": unit b1.1 (paragraph): the translation's text makes Markdown of its own here (a link, emphasis, a heading, "
                + "list or new paragraph): a line break after \"…that a translator split\": write plain text and keep the tags"), err);
    }

    @Test
    void emphasisTypedIntoTheWordsIsNamedByItsCharacters() throws Exception {
        String err = refused("A **bold** paragraph.");
        assertTrue(err.contains(": unit b1.1 (paragraph): the translation's text makes Markdown of its own here (a link, emphasis, a heading, "
                + "list or new paragraph): \"**\" after \"A\": write plain text"), err);
    }
}
