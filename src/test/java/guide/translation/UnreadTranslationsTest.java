package guide.translation;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.site.SmallProject;
import guide.translation.TranslationState.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which pages could not be read, and which missing, orphaned or gone place of the report each one is: a page that exists but
 * cannot be read must not be reported as a translation to start. The problems are given as the content scan gives them, so
 * that each test says which problem makes a page unreadable; the files are on disk, as the key is read from them.
 */
class UnreadTranslationsTest {
    private static final String HEADER_PROBLEM = "no header found: end the key=value header with a line of exactly '~~~~~~'";

    @TempDir
    Path dir;

    private SmallProject project() {
        return SmallProject.in(dir);
    }

    private UnreadTranslations unread(Problem... problems) {
        return UnreadTranslations.of(new SiteContent(project().config(), List.of(), List.of(problems)));
    }

    private static Problem problem(String file, int line, String message) {
        return new Problem(Path.of(file), line, message);
    }

    private static String header(String key) {
        return "title=Tytuł\ntype=page\nstatus=published\n" + (key == null ? "" : "translationKey=" + key + "\n") + "~~~~~~\n\nTekst.\n";
    }

    private void writeWindows1250(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, text.getBytes(Charset.forName("windows-1250")));
    }

    private static ContentDocument polish(String key) {
        return TestDocument.article("pl", key).build();
    }

    private static TranslationState missing(String key, String lang) {
        return new TranslationState(key, lang, Status.MISSING, null, polish(key), List.of(), null);
    }

    @Test
    void aPageOfALanguageWithAnErrorIsUnreadableWithItsKeyReadPastBytesThatAreNoUtf8() throws IOException {
        writeWindows1250("content/en/about.md", header("  about  ") + "Zażółć gęślą jaźń.\n");
        UnreadTranslations unread = unread(problem("content/en/about.md", 12, "not valid UTF-8"), problem("content/en/about.md", 14, "again"));
        UnreadTranslations.Page page = unread.pages().get(0);
        assertEquals(1, unread.pages().size(), "one page, however many problems it has");
        assertEquals("content/en/about.md", page.file());
        assertEquals("en", page.lang());
        assertEquals("about", page.key(), "the key as the header shows it, without the spaces around it");
        assertEquals("content/en/about.md:12: not valid UTF-8; content/en/about.md:14: again", page.why());
    }

    @Test
    void aProblemGivenWithTheProjectsFullPathIsThePagesToo() throws IOException {
        project().write("content/en/about.md", header("about"));
        UnreadTranslations unread = unread(new Problem(dir.resolve("content/en/about.md"), 1, "bad"));
        assertEquals(List.of("content/en/about.md"), unread.pages().stream().map(UnreadTranslations.Page::file).toList());
    }

    @Test
    void warningsOtherFilesAndFoldersThatAreNoLanguageMakeNoUnreadablePage() {
        project().write("content/de/about.md", header("about")).write("content/about.md", header("about"))
                .write("content/en/about.md", header("about")).write("content/en/picture.svg", "<svg/>");
        UnreadTranslations unread = unread(
                Problem.warning(Path.of("content/en/about.md"), 3, "a date in the future"),
                problem("content/en/picture.svg", 1, "a script in a drawing"),
                problem("content/authors.yaml", 2, "no name"),
                problem("templates/i18n/en.yaml", 4, "no siteName"),
                problem("jbake.properties", 1, "unknown language"),
                problem("content/de/about.md", 1, "German is no language of the site"),
                problem("content/about.md", 1, "outside the language folders"),
                problem("notes/en/about.md", 1, "outside content"));
        assertEquals(List.of(), unread.pages());
        assertEquals(List.of(), UnreadTranslations.NONE.pages());
    }

    @Test
    void aPageWithNoKeyOrNoFileHasNone() {
        project().write("content/en/empty.md", "").write("content/en/blank.md", header(" "));
        UnreadTranslations unread = unread(problem("content/en/empty.md", 1, HEADER_PROBLEM), problem("content/en/blank.md", 4, "bad"),
                problem("content/en/deleted.md", 1, "gone while read"));
        assertEquals(3, unread.pages().size());
        unread.pages().forEach(page -> assertEquals(null, page.key(), page.file()));
    }

    @Test
    void aMissingTranslationIsTheUnreadablePageOfItsLanguageAndKey() throws IOException {
        writeWindows1250("content/en/about.md", header("about") + "ąę\n");
        project().write("content/pl/pricing.md", header("pricing"));
        UnreadTranslations unread = unread(problem("content/en/about.md", 9, "not valid UTF-8"), problem("content/pl/pricing.md", 2, "bad"));
        assertEquals(Optional.of("content/en/about.md"), unread.of(missing("about", "en")).map(UnreadTranslations.Page::file));
        assertEquals(List.of(), unread.maybe(missing("about", "en")), "it is that page: no other may be it");
        assertEquals(Optional.empty(), unread.of(missing("pricing", "en")), "another key's page, and this key's page in another language");
        assertEquals(Optional.empty(), unread.of(missing("about", "de")));
        ContentDocument english = TestDocument.article("en", "about").build();
        assertEquals(Optional.empty(), unread.of(new TranslationState("about", "en", Status.OUTDATED, english, polish("about"), List.of(), null)),
                "a translation that was read is not the unreadable page");
        assertEquals(Optional.empty(), unread.of(new TranslationState("about", "en", Status.MISSING, null, null, List.of(), null)),
                "a gone source is not a translation to look for");
    }

    @Test
    void aMissingTranslationMayBeAnyPageOfItsLanguageWhoseKeyCannotBeRead() {
        project().write("content/en/empty.md", "").write("content/en/other.md", header("other")).write("content/pl/pusty.md", "");
        UnreadTranslations unread = unread(problem("content/en/empty.md", 1, HEADER_PROBLEM), problem("content/en/other.md", 2, "bad"),
                problem("content/pl/pusty.md", 1, HEADER_PROBLEM));
        assertEquals(List.of("content/en/empty.md"), unread.maybe(missing("about", "en")).stream().map(UnreadTranslations.Page::file).toList(),
                "not a page of another key, nor one of another language");
        assertEquals(List.of(), unread.maybe(new TranslationState("about", "en", Status.MISSING, null, null, List.of(), null)), "a gone source");
        ContentDocument english = TestDocument.article("en", "about").build();
        assertEquals(List.of(), unread.maybe(new TranslationState("about", "en", Status.CURRENT, english, polish("about"), List.of(), null)));
    }

    @Test
    void anOrphanedTranslationsSourceIsTheUnreadablePageOfItsKeyInAnotherLanguage() {
        project().write("content/pl/o-nas.md", header("about")).write("content/en/about-copy.md", header("about"))
                .write("content/pl/cennik.md", header("pricing"));
        UnreadTranslations unread = unread(problem("content/en/about-copy.md", 2, "bad"), problem("content/pl/cennik.md", 2, "bad"),
                problem("content/pl/o-nas.md", 3, "bad"));
        ContentDocument english = TestDocument.article("en", "about").build();
        TranslationState orphan = new TranslationState("about", "en", Status.ORPHANED, english, null, List.of(), null);
        assertEquals(Optional.of("content/pl/o-nas.md"), unread.sourceOf(orphan).map(UnreadTranslations.Page::file),
                "not the English page of the same key, nor the Polish page of another");
        TranslationState gone = new TranslationState("about", "pl", Status.MISSING, null, null, List.of(), null);
        assertEquals(Optional.of("content/pl/o-nas.md"), unread.sourceOf(gone).map(UnreadTranslations.Page::file),
                "the gone source's place is in the source language");
        assertEquals(Optional.empty(), unread.sourceOf(new TranslationState("pricing", "en", Status.MISSING, null, null, List.of(), null)),
                "the gone source of another language's place");
        assertEquals(Optional.empty(), unread.sourceOf(missing("about", "en")), "a missing translation has its source");
        assertEquals(Optional.empty(), unread.sourceOf(new TranslationState("x", "en", Status.ORPHANED, english, null, List.of(), null)));
    }

    @Test
    void aPageTheContentScanCannotReadIsFound() throws Exception {
        writeWindows1250("content/en/about.md", header("about") + "ąę\n");
        project().write("content/pl/o-nas.md", TestDocument.article("pl", "o-nas").key("about").fileText());
        UnreadTranslations unread = UnreadTranslations.of(SiteContent.load(dir));
        assertEquals(1, unread.pages().size(), unread.pages().toString());
        UnreadTranslations.Page page = unread.pages().get(0);
        assertEquals(List.of("content/en/about.md", "about"), List.of(page.file(), page.key()));
        assertTrue(page.why().startsWith("content/en/about.md:"), page.why());
    }
}
