package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator who changes a link's address in the CAT tool to a page of their language the site does not have is told so
 * by the import, at the unit's line, with the address meant or the language's pages, and nothing is written: before, the
 * import wrote the page and only the next build refused its broken link. Links to another language's pages and outside the
 * site are the translator's to choose.
 */
class XliffLinkAddressTest {
    private static final String LINK_END = "](/en/other-test/#sekcja)";
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
    void anAddressATypoAwayFromAPageIsRefusedWithThePageMeant() throws IOException {
        String err = refused("](/en/other-tset/#sekcja)");
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + unitLine() + ": unit b1.1 (paragraph): the link to /en/other-tset/#sekcja leads to no page"
                + " of the site, so the build would refuse it as a broken link: did you mean /en/other-test/? Correct the address in the link's end"
                + " tag <ept id=\"4\"> in the CAT tool, then import the file again\n"), err);
    }

    @Test
    void anAddressNoPageIsNearIsRefusedWithTheLanguagesPages() throws IOException {
        String err = refused("](/en/no-such-page/)");
        assertTrue(err.contains(": the link to /en/no-such-page/ leads to no page of the site, so the build would refuse it as a broken link: the English"
                + " pages are /en/, /en/about/, /en/other-test/, /en/sections-test/, /en/test-article/, /en/test-quiz/; correct the address"), err);
    }

    /** The build publishes no draft, so a link to one is broken until it is published: the import says which file it is. */
    @Test
    void anAddressOfAPageStillADraftIsRefusedWithTheDraftsFile() throws IOException {
        XliffFixture.write(project.resolve("content/en/late-fees.md"), """
                title=Late fees
                date=2026-11-21
                type=post
                status=draft
                translationKey=late-fees-draft
                author=redakcja
                summary=Not ready yet.
                tags=test
                ~~~~~~

                Text to come.
                """);
        String err = refused("](/en/late-fees/)");
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + unitLine() + ": unit b1.1 (paragraph): the link to /en/late-fees/ leads to"
                + " content/en/late-fees.md, which is still a draft (status=draft), so the build would refuse it as a broken link: publish that"
                + " page first, or link to the page in the source's language until then; then import the file again\n"), err);
    }

    /**
     * A link to a heading the page will not have would make the build refuse the page as a broken anchor: the import refuses it
     * with the build's words and its nearest section ids, whether the page is another or the translation itself.
     */
    @Test
    void aFragmentNoHeadingOfThePageHasIsRefusedWithTheNearestSections() throws IOException {
        String err = refused("](/en/other-test/#sekcia)");
        assertTrue(err.contains("xliff-fixture.pl-en.xlf:" + unitLine() + ": unit b1.1 (paragraph): the link to /en/other-test/#sekcia would make the"
                + " build refuse the page: broken anchor #sekcia: content/en/other-test.md has no such id (nearest: #sekcja). Correct the address"
                + " in the link's end tag <ept id=\"4\"> in the CAT tool, then import the file again\n"), err);
        assertTrue(refused("](#podstawa)").contains(": the link to #podstawa would make the build refuse the page: broken anchor #podstawa:"
                + " content/en/test-article.md has no such id (nearest: #sekcja). Correct the address"), "a footnote's label is no id of the page");
    }

    @Test
    void linksToAnotherLanguageOrOutsideTheSiteAndToThePageItselfAreImported() throws IOException {
        for (String end : new String[] {"](/pl/tylko-po-polsku/)", "](https://example.com/en/no-such-page/)", "](/en/test-article/#sekcja)",
            "](#sekcja)", "](/en/other-test)", "](/en/other-test/#main)", "](/en/test-article/#fn-1)"}) {
            XliffFixture.write(article, read(article).replace(LINK_END, end));
            XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
            assertEquals(0, run.code(), end + ": " + run.err());
            assertTrue(read(project.resolve("content/en/test-article.md")).contains(end), end);
            XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
            XliffFixture.write(article, read(article).replace(end, LINK_END));
        }
    }

    /**
     * A broken link the English page already had is not this import's doing: the build judges it, as it did before the import,
     * whichever way the page wrote it. An address only written in a sentence or in code is no link the page had, so the import
     * still refuses a link to it.
     */
    @Test
    void aLinkThePageAlreadyHadIsLeftToTheBuildButAnAddressInCodeIsNoLink() throws IOException {
        String english = read(project.resolve("content/en/test-article.md"));
        for (String had : new String[] {"[an old link][old]\n\n[old]: /en/no-such-page/", "[an old link](</en/no-such-page/> \"Old\")",
            "<a href=\"/en/no-such-page/\">an old link</a>"}) {
            translationHas(english, had);
            XliffFixture.write(article, read(article).replace(LINK_END, "](/en/no-such-page/)"));
            XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
            assertEquals(0, run.code(), had + ": " + run.err());
        }
        translationHas(english, "Markdown writes a link as `[text](/en/no-such-page/)`, HTML as `<a href=\"/en/no-such-page/\">`.");
        assertTrue(refused("](/en/no-such-page/)").contains(": the link to /en/no-such-page/ leads to no page of the site"));
    }

    /** The English page as {@code english} with {@code paragraph} added, stamped and exported again, as if it had always been so. */
    private void translationHas(String english, String paragraph) throws IOException {
        XliffFixture.write(project.resolve("content/en/test-article.md"), english + "\n" + paragraph + "\n");
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-article.md").code());
        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en").code());
    }

    private int unitLine() throws IOException {
        String text = read(article);
        int at = text.lastIndexOf("<trans-unit ", text.indexOf(LINK_END));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Imports the article's file with its link's end placeholder replaced; asserts the refusal and that content/ is untouched. */
    private String refused(String end) throws IOException {
        String text = read(article);
        String edited = text.replace(LINK_END, end);
        assertNotEquals(text, edited);
        XliffFixture.write(article, edited);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("Nothing imported: 1 problem"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
        XliffFixture.write(article, text);
        return run.err();
    }
}
