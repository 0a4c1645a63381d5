package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults a hand edit or a cut-off download leaves in an XLIFF file's XML are refused in plain
 * words, at their line, naming the tag: never in the XML parser's own terms.
 */
class XliffDamagedXmlTest {
    private static final String BOLD = "<bpt id=\"1\" ctype=\"bold\">**</bpt>bold<ept id=\"1\">**</ept>";

    @TempDir
    Path project;
    Path article;

    @BeforeEach
    void export() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        article = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
    }

    @Test
    void aDeletedEndTagNamesTheTagLeftOpen() throws IOException {
        String text = read(article);
        int line = lineOf(text, "<target xml:lang=\"en\" state=\"translated\">A first paragraph with ");
        String err = refused(s -> s.replace("<target xml:lang=\"en\" state=\"translated\">A first paragraph with " + BOLD,
                "<target xml:lang=\"en\" state=\"translated\">A first paragraph with <bpt id=\"1\" ctype=\"bold\">**bold<ept id=\"1\">**</ept>"));
        assertTrue(err.startsWith(article + ":" + line + ": <bpt> is not closed before </target>: put back its </bpt> "
                + "where the tag ends, or export the document again\n"), err);
    }

    @Test
    void anEndTagTypedTwiceIsNamed() throws IOException {
        int line = lineOf(read(article), "<target xml:lang=\"en\" state=\"translated\">A first paragraph with ");
        String err = refused(s -> s.replace("A first paragraph with " + BOLD, "A first paragraph with " + BOLD.replace("**</bpt>", "**</bpt></bpt>")));
        assertTrue(err.startsWith(article + ":" + line + ": </bpt> closes a tag that is not open: if it is there twice, delete one; "
                + "if its <bpt> was deleted, put it back\n"), err);
    }

    @Test
    void aBareAmpersandAsksForAmp() throws IOException {
        int line = lineOf(read(article), ">A section with an anchor</target>");
        String err = refused(s -> s.replace(">A section with an anchor</target>", ">A section with Q & A</target>"));
        assertTrue(err.startsWith(article + ":" + line + ": a bare & in the text (\"& A\"): in XML an ampersand is written &amp;, "
                + "so replace this & with &amp;\n"), err);
    }

    /** A file saved with old-Mac line ends (a lone CR each) by an editor: its lines are the ones that editor shows. */
    @Test
    void aFileWithLoneCarriageReturnsIsRefusedAtTheLineItsEditorShows() throws IOException {
        int line = lineOf(read(article), ">A section with an anchor</target>");
        String err = refused(s -> s.replace(">A section with an anchor</target>", ">A section with Q & A</target>").replace("\n", "\r"));
        assertTrue(err.startsWith(article + ":" + line + ": a bare & in the text (\"& A\")"), err);
    }

    @Test
    void aFileCutShortSaysSo() throws IOException {
        String text = read(article);
        int cut = text.indexOf("</target>", text.indexOf("A first paragraph with "));
        int lines = lineOf(text, text.substring(cut));
        int target = lineOf(text, "<target xml:lang=\"en\" state=\"translated\">A first paragraph with ");
        String err = refused(s -> s.substring(0, cut));
        assertEquals(target, lines, "the fixture's cut falls on the line the <target> opens on, so the message names that line once");
        assertTrue(err.startsWith(article + ":" + lines + ": the file ends before </xliff>, with <target>"
                + " still open: was it cut short? Copy or download it again, or export the document again\n"), err);
    }

    @Test
    void aTagInsideAPlaceholderIsNamedWithItsUnit() throws IOException {
        int line = lineOf(read(article), "<target xml:lang=\"en\" state=\"translated\">A first paragraph with ");
        String err = refused(s -> s.replace("A first paragraph with " + BOLD, "A first paragraph with " + BOLD.replace("**</bpt>", "<sub>**</sub></bpt>")));
        assertTrue(err.startsWith(article + ":" + line + ": unit b1.1: a <sub> tag has been put inside <bpt>, which may hold only the Markdown "
                + "it stands for: move it out, or restore the tags as exported\n"), err);
    }

    @Test
    void anyOtherFaultGetsAPlainSentenceNotTheParsersWords() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b2.1\"");
        String err = refused(s -> s.replace("<trans-unit id=\"b2.1\"", "<trans-unit id=\"b2.1\" id=\"b2.1\""));
        assertTrue(err.startsWith(article + ":" + line + ": the XML is damaged here, so the file cannot be read: compare this line with the file "
                + "as it was exported, or export the document again\n"), err);
        assertFalse(err.contains("ParseError"), err);
    }

    /** Imports the article's file after {@code edit}; asserts the refusal and that content/ is untouched; returns stderr. */
    private String refused(UnaryOperator<String> edit) throws IOException {
        String text = read(article);
        XliffFixture.write(article, edit.apply(text));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
        return run.err();
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "the exported file has " + needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
