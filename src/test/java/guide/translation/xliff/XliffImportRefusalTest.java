package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way an import refuses: exit code 1, a message naming the XLIFF file and the unit or line,
 * and not one byte of content/ changed.
 */
class XliffImportRefusalTest {
    @TempDir
    Path project;
    Path article;
    Path quiz;

    @BeforeEach
    void export() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "content/pl/quiz-testowy.md",
                "--to", "en");
        assertEquals(0, run.code(), run.err());
        article = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        quiz = project.resolve("target/xliff/quiz-fixture.pl-en.xlf");
    }

    @Test
    void aFileThatIsNotWellFormedXml() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replace("<trans-unit id=\"b1.1\"", "<trans-unit id=\"b1.1\" <oops"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": the tag <trans-unit (on line " + line + ") is not finished: it needs a > before the next <"), err);
    }

    @Test
    void aFileCutShortOrNotInUtf8IsNamedWithItsLineAndNothingElseIsPrinted() throws IOException {
        byte[] bytes = Files.readAllBytes(article);
        String text = read(article);
        int at = text.indexOf('ł', text.indexOf("<trans-unit id=\"b1.1\""));
        int line = lineOf(text, text.substring(at));
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        String cut = refusedBytes(Arrays.copyOf(bytes, offset + 1));
        assertTrue(cut.startsWith(article + ":" + line + ": the file ends in the middle of a character: it was cut short; copy or download it again\n"), cut);
        byte[] damaged = bytes.clone();
        damaged[offset + 1] = 'a';
        String latin = refusedBytes(damaged);
        assertTrue(latin.startsWith(article + ":" + line + ": not UTF-8 text here (byte C5): the file was damaged, or saved in another encoding than UTF-8; "
                + "save it as UTF-8 from the CAT tool, or export it again, and import it again\n"), latin);
    }

    @Test
    void aFileForAnotherDocument() throws IOException {
        String err = refused(article, s -> s.replace("original=\"content/pl/artykul-testowy.md\"", "original=\"content/pl/inny-testowy.md\""));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf: is for translationKey 'xliff-fixture', but content/pl/inny-testowy.md has 'other-fixture'"), err);
    }

    @Test
    void aFileForAnotherLanguage() throws IOException {
        int line = lineOf(read(article), "<file ");
        String err = refused(article, s -> s.replace("target-language=\"en\"", "target-language=\"de\""));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": is a translation into 'de', which is not another language of this site (pl, en)"),
                err);
    }

    @Test
    void aMissingUnit() throws IOException {
        String err = refused(article, s -> s.replaceFirst("(?s)<trans-unit id=\"b3\\.2\".*?</trans-unit>", ""));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:1: unit b3.2 is missing"), err);
    }

    @Test
    void anExtraUnit() throws IOException {
        String text = read(article);
        int line = lineOf(text, "<trans-unit id=\"b2.1\"");
        String err = refused(article, s -> s.replace("<trans-unit id=\"b2.1\"", "<trans-unit id=\"b99.1\" restype=\"x-paragraph\"><source>Extra</source>"
                + "<target>Extra</target></trans-unit><trans-unit id=\"b2.1\""));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b99.1 (paragraph) is extra"), err);
    }

    @Test
    void aUnitWithoutATarget() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b2.1\"");
        String err = refused(article, s -> s.replaceFirst("(?s)(<trans-unit id=\"b2\\.1\".*?)<target[^>]*>[^<]*</target>", "$1"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b2.1 (heading sekcja) has no target"), err);
    }

    @Test
    void aMissingPlaceholder() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replaceFirst("(<target xml:lang=\"en\" state=\"translated\">A first paragraph with .*?)<ph id=\"3\" ctype=\"x-code\">`kod_bez_tłumaczenia`</ph>", "$1code"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b1.1 (paragraph): placeholder <ph id=\"3\"> (`kod_bez_tłumaczenia`) is missing"), err);
    }

    @Test
    void aLinksMissingEndIsNamedByTheAddressInTheTranslationAndInTheSource() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replace("<ept id=\"4\">](/en/other-test/#sekcja)</ept>", ""));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b1.1 (paragraph): placeholder <ept id=\"4\"> is missing: the link to"
                + " /en/other-test/#sekcja (in the source: /pl/inny-testowy/#sekcja) lost its end; put it back right after the link's words\n"), err);
    }

    /**
     * A link the translation points elsewhere than the source's page (here an address that is no page of the site) is named
     * by the address the exported target had, the one the translator can find in the CAT tool, not by the source's.
     */
    @Test
    void aLinksMissingEndIsNamedByTheAddressTheExportedTargetHad() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b3.4\"");
        String err = refused(article, s -> s.replace("price list<ept id=\"1\">](https://example.com/prices)</ept>", "price list"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b3.4 (table cell): placeholder <ept id=\"1\"> is missing: the link to"
                + " https://example.com/prices (in the source: https://example.com/cennik) lost its end; put it back right after the link's words\n"), err);
    }

    /** A link that lost only its start is named by the address its end still has in the target, and not called reordered. */
    @Test
    void aLinksMissingStartIsNamedByTheAddressInTheTarget() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b3.4\"");
        String err = refused(article, s -> s.replace("<target xml:lang=\"en\" state=\"translated\"><bpt id=\"1\" ctype=\"link\">[</bpt>price list",
                "<target xml:lang=\"en\" state=\"translated\">price list"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b3.4 (table cell): placeholder <bpt id=\"1\"> is missing: the link to"
                + " https://example.com/prices (in the source: https://example.com/cennik) lost its start; put it back right before the link's words\n"), err);
    }

    @Test
    void aWholeLinkDeletedIsNamedOnceByItsAddress() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replace("<bpt id=\"4\" ctype=\"link\">[</bpt>a link to a section<ept id=\"4\">](/en/other-test/#sekcja)</ept>",
                "a link to a section"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b1.1 (paragraph): placeholders <bpt id=\"4\"> and <ept id=\"4\"> are missing:"
                + " the link to /en/other-test/#sekcja (in the source: /pl/inny-testowy/#sekcja) lost both its start and its end; put them back around the link's words\n"), err);
    }

    @Test
    void reorderedPlaceholders() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replace("<bpt id=\"1\" ctype=\"bold\">**</bpt>bold<ept id=\"1\">**</ept>",
                "<ept id=\"1\">**</ept>bold<bpt id=\"1\" ctype=\"bold\">**</bpt>"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b1.1 (paragraph): placeholders reordered: <ept id=\"1\"> (**) comes before its start"), err);
    }

    @Test
    void unsafeHtmlTypedIntoATarget() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b2.1\"");
        String err = refused(article, s -> s.replace(">A section with an anchor</target>", ">A section &lt;script&gt;alert(1)&lt;/script&gt;</target>"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b2.1 (heading sekcja): would bring unsafe HTML: <script> element is not allowed in content: remove it;"
                + " content cannot run code (a page's script is a file of assets/js/ that a template adds: see the README's \"For designers\")"
                + " into content/en/test-article.md:"), err);
    }

    /**
     * An id typed into a heading's target gives the heading two (the skeleton writes its own after the target): the import
     * names the mistake as the build does, at the line of the file it would write, not by what the page would then show.
     */
    @Test
    void anIdTypedIntoAHeadingIsNamedAsTheBuildNamesIt() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b2.1\"");
        int heading = lineOf(read(project.resolve("content/en/test-article.md")), "## A section with an anchor");
        String err = refused(article, s -> s.replace(">A section with an anchor</target>", ">A section with an anchor {#x}</target>"));
        assertEquals(article + ":" + line + ": unit b2.1 (heading sekcja): would write content/en/test-article.md:" + heading
                + ": more than one id on one heading (#x, #sekcja): a heading has only one address; keep one, and change any links that use the others to use it\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", err);
    }

    /**
     * {@code {#x}{#z}} typed into the heading after a whole section: named at that heading's unit and line (the section before
     * it ends where the heading's line starts, and is not the unit at fault), in the build's words.
     */
    @Test
    void twoIdsTypedIntoTheHeadingAfterAWholeSectionAreNamedAtThatHeadingsUnit() throws IOException {
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/sekcje-testowe.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path sections = project.resolve("target/xliff/sections-fixture.pl-en.xlf");
        String text = read(sections);
        assertTrue(text.indexOf("<trans-unit id=\"s11\"") < text.indexOf("<trans-unit id=\"b13.1\""), "the setup: a whole section right before the heading");
        int line = lineOf(text, "<trans-unit id=\"b13.1\"");
        int heading = lineOf(read(project.resolve("content/en/sections-test.md")), "## Conclusion");
        String err = refused(sections, s -> s.replace(">Conclusion</target>", ">Conclusion {#x}{#z}</target>"));
        assertEquals(sections + ":" + line + ": unit b13.1 (heading end): would write content/en/sections-test.md:" + heading
                + ": more than one id on one heading (#x, #z, #end): a heading has only one address; keep one, and change any links that use the others to use it\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", err);
    }

    @Test
    void anUnsafeLinkInAPlaceholder() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b1.1\"");
        String err = refused(article, s -> s.replace("<ept id=\"4\">](/en/other-test/#sekcja)</ept>", "<ept id=\"4\">](javascript:alert(1))</ept>"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b1.1 (paragraph): would bring unsafe HTML: javascript: URL in href of <a>"), err);
    }

    @Test
    void changingTheChecklistsIdsOrPoints() throws IOException {
        int line = lineOf(read(quiz), "<trans-unit id=\"b3.2\"");
        String err = refused(quiz, s -> s.replace(">The client threatens you or your team.</target>", ">The client threatens you. {#threats points=9 decides=keep}</target>"));
        assertTrue(err.contains("quiz-fixture.pl-en.xlf:" + line + ": unit b3.2 (statement threats): would change the checklist's ids, points or decides"), err);

        String spaced = refused(quiz, s -> s.replace(">The client threatens you or your team.</target>", ">The client threatens you. { #threats points=9 }</target>"));
        assertTrue(spaced.contains("quiz-fixture.pl-en.xlf:" + line + ": unit b3.2 (statement threats): would change the checklist's ids, points or decides"),
                "Markdown reads { #id } with spaces as {#id}: " + spaced);

        String skeleton = refused(quiz, s -> s.replace("{#threats points=4 decides=exit}", "{#threats points=4 decides=keep}"));
        assertTrue(skeleton.contains("quiz-fixture.pl-en.xlf: its skeleton (the Markdown around the units) is not that of content/pl/quiz-testowy.md (after unit b3.2); "
                + "it would change the checklist's ids, points or decides"), skeleton);
    }

    /** The quiz reads a statement's {…} whatever the order of its words ({@code {points=4 #threats}}); so does the import's check. */
    @Test
    void changingTheChecklistsPointsWhereTheIdIsNotFirst() throws IOException {
        Path source = project.resolve("content/pl/quiz-testowy.md");
        XliffFixture.write(source, read(source).replace("{#threats points=4 decides=exit}", "{points=4 #threats decides=exit}"));
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/quiz-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        int line = lineOf(read(quiz), "<trans-unit id=\"b3.2\"");
        String err = refused(quiz, s -> s.replace(">The client threatens you or your team.</target>", ">The client threatens you. {points=9 #threats}</target>"));
        assertTrue(err.contains("quiz-fixture.pl-en.xlf:" + line + ": unit b3.2 (statement threats): would change the checklist's ids, points or decides"), err);
    }

    @Test
    void textThatMakesMarkdownOfItsOwn() throws IOException {
        int line = lineOf(read(article), "<trans-unit id=\"b6.1\"");
        String err = refused(article, s -> s.replace(">first point</target>", ">first [point](/en/) and more</target>"));
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + line + ": unit b6.1 (list item): the translation's text makes Markdown of its own"), err);
    }

    @Test
    void aSourceChangedSinceTheExportIsRefusedThenForced() throws IOException {
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source).replace("- punkt pierwszy", "- punkt pierwszy, zmieniony") + "\nNowy akapit na końcu.\n");
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("xliff-fixture.pl-en.xlf:1: content/pl/artykul-testowy.md has changed since this file was exported"), run.err());
        assertTrue(run.err().contains("    ~ edited: - punkt pierwszy, zmieniony"), run.err());
        assertTrue(run.err().contains("    + added: Nowy akapit na końcu."), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));

        XliffFixture.Run forced = XliffFixture.guide(project, "translations", "import", "--force", article.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("content/en/test-article.md: unchanged from " + article + "; imported although its source has changed since the export, "
                + "so it stays outdated until those changes are translated\n"), forced.out());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("content/en/test-article.md: outdated, the source has changed since the stamp"), report.out());
        assertTrue(report.out().contains("+ added: Nowy akapit na końcu."), report.out());
    }

    /** An underlined heading added to the source is listed as the heading it is, as a heading written with # marks is. */
    @Test
    void anUnderlinedHeadingAddedSinceTheExportIsListedAsAHeading() throws IOException {
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source) + "\nKontakt\n-------\n\nNapisz do nas.\n");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("\n    + added: ## Kontakt\n    + added: Napisz do nas.\n"), run.err());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("\n    + added: ## Kontakt\n"), report.out());
    }

    /** A draft translation forced in is called a draft, as ./guide translations lists it, not "outdated". */
    @Test
    void aNewTranslationsRefusalSaysItWouldBeADraft() throws IOException {
        Files.delete(project.resolve("content/en/test-article.md"));
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source) + "\nNowy akapit na końcu.\n");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("    the new translation would be a draft (status=draft): ./guide translations lists the page as a draft, not published"
                + " yet, and will report it outdated once it is published\n"), "the refusal says what --force makes of a new page: " + run.err());
        assertFalse(Files.exists(project.resolve("content/en/test-article.md")), "nothing was written");
    }

    @Test
    void aDraftForcedInIsCalledADraftAsTheReportCallsIt() throws IOException {
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source) + "\nNowy akapit na końcu.\n");
        Path en = project.resolve("content/en/test-article.md");
        XliffFixture.write(en, read(en).replace("status=published", "status=draft"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("    this file is as it was exported (no target or state changed), so it holds no work to keep: export it again and"
                + " translate what changed\n"
                + "    content/en/test-article.md is a draft: ./guide translations lists the page as a draft, not published yet, and will report it"
                + " outdated once it is published\n"), "the refusal says what --force leaves a draft as: " + run.err());
        XliffFixture.Run forced = XliffFixture.guide(project, "translations", "import", "--force", article.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("content/en/test-article.md: unchanged from " + article + "; imported although its source has changed since the export, "
                + "so ./guide translations lists the page as a draft, not published yet, and will report it outdated once it is published, until those"
                + " changes are translated\n"), forced.out());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("content/en/test-article.md: draft, not published yet"), report.out());
    }

    @Test
    void aSummaryChangedSinceTheExportIsRefusedThenForcedAndStaysOutdated() throws IOException {
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source).replace("summary=Artykuł, który sprawdza każdą konstrukcję Markdownu w eksporcie XLIFF.",
                "summary=Artykuł, który  sprawdza każdą konstrukcję Markdownu."));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("xliff-fixture.pl-en.xlf:1: content/pl/artykul-testowy.md has changed since this file was exported"), run.err());
        assertTrue(run.err().contains("    ~ changed the summary: Artykuł, który sprawdza każdą konstrukcję Markdownu.\n"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));

        XliffFixture.Run forced = XliffFixture.guide(project, "translations", "import", "--force", article.toString());
        assertEquals(0, forced.code(), forced.err());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("content/en/test-article.md: outdated, the source has changed since the stamp (content/pl/artykul-testowy.md)\n"
                + "    ~ changed the summary: Artykuł, który sprawdza każdą konstrukcję Markdownu.\n"), report.out());
    }

    @Test
    void aRemovedBlockIsNamedByTheBlockBeforeItAsTheReportDoes() throws IOException {
        Path source = project.resolve("content/pl/artykul-testowy.md");
        XliffFixture.write(source, read(source).replace("> **Uwaga:** cytat w dwóch\n> liniach.\n\n", ""));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code());
        String landmark = "    - removed a block after: ![Zdjęcie biurka freelancera](/img/biurko.png \"Biurko\")\n";
        assertTrue(run.err().contains(landmark), run.err());
        assertFalse(run.err().contains("- removed: "), "the block before the removal is still there: " + run.err());
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains(landmark), "the same line as the report's: " + report.out());
    }

    @Test
    void oneBadFileStopsTheWholeImport() throws IOException {
        XliffFixture.write(quiz, read(quiz).replace(">Stay</target>", ">Stay, with changes</target>"));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.write(article, read(article).replace("target-language=\"en\"", "target-language=\"xx\""));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", quiz.toString(), article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("Nothing imported: 1 problem; content/ was left as it was."), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the good file was not written either");
    }

    /** Imports {@code file} after {@code edit}; asserts the refusal and that content/ is untouched; returns stderr. */
    private String refused(Path file, UnaryOperator<String> edit) throws IOException {
        String text = read(file);
        String edited = edit.apply(text);
        assertNotEquals(text, edited, "the test's edit must change " + file.getFileName());
        XliffFixture.write(file, edited);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("Nothing imported"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
        XliffFixture.write(file, text);
        return run.err();
    }

    /** Imports {@code bytes} as the article's file; asserts the refusal and that content/ is untouched; returns stderr. */
    private String refusedBytes(byte[] bytes) throws IOException {
        byte[] before = Files.readAllBytes(article);
        Files.write(article, bytes);
        Map<String, String> content = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(content, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
        Files.write(article, before);
        return run.err();
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
