package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a broken link's message says of the page that had its address, from versions of the page's file given without git
 * (as {@link FormerPageTest} finds them in a real repository): the translationKey of the file's header names the page now, or
 * says it is gone; an address that is no plain page of a language folder, or whose file is there, gets no word.
 */
class FormerPageVersionsTest {
    private static final String ABOUT = "content/en/about.md";
    private static final String MOVED = ": its page, content/en/about.md (translationKey 'about'), has moved to content/en/about-us.md:"
            + " link to /en/about-us/";
    private static final String GONE = ": its page, content/en/about.md (translationKey 'about'), no longer exists, and no published"
            + " English page has that translationKey: link to another page, or remove the link";

    @TempDir
    Path dir;

    private static String header(String keyLine) {
        return "title=About\ntype=page\n" + keyLine + "status=published\n~~~~~~\n\nText.\n";
    }

    private FormerPage former(GivenHistory history, ContentDocument... published) {
        return new FormerPage(SmallProject.in(dir).config(), List.of(published), history);
    }

    /** A Polish page and another English one come first: only the English page with the key is the page now. */
    private static ContentDocument[] publishedWithAboutUs() {
        return new ContentDocument[] {TestDocument.article("pl", "o-nas").key("about").build(), TestDocument.article("en", "pricing").build(),
            TestDocument.article("en", "about-us").key("about").build()};
    }

    @Test
    void aRenamedPageIsNamedWhereItIsNowWithTheLinksAnchorKept() {
        GivenHistory history = GivenHistory.repository().commit(ABOUT, header("translationKey=about\n"));
        FormerPage former = former(history, publishedWithAboutUs());

        assertEquals(Optional.of(MOVED + "#contact"), former.of("/en/about/", "#contact"));
        assertEquals(Optional.of(MOVED), former.of("/en/about/", ""), "asked again, the same page, without the other link's anchor");
        assertEquals(0, history.kindsAsked(), "a page with history: no need to ask whether the clone is shallow");
    }

    @Test
    void aPageWhoseFileIsThereIsNoPageThatWent() {
        SmallProject.in(dir).write("content/en/about-us.md", header("translationKey=about\n"));
        GivenHistory history = GivenHistory.repository().commit("content/en/about-us.md", header("translationKey=about\n"));
        assertEquals(Optional.empty(), former(history, publishedWithAboutUs()).of("/en/about-us/", ""));
    }

    @Test
    void aDeletedPageIsSaidToBeGoneAndNoAnchorIsAdded() {
        GivenHistory history = GivenHistory.repository().commit(ABOUT, header("translationKey=about\n"));
        assertEquals(Optional.of(GONE), former(history, TestDocument.article("pl", "o-nas").key("about").build()).of("/en/about/", "#contact"));
    }

    /** Not a page's address, or not in a language folder: no key to go by, though each file it might name has one. */
    @Test
    void onlyAPlainPageOfALanguageFolderIsLookedFor() {
        GivenHistory history = GivenHistory.repository();
        for (String file : List.of(ABOUT, "content/de/about.md", "content/en/.md", "content/en/a/about.md", "content/en/about/x.md")) {
            history.commit(file, header("translationKey=about\n"));
        }
        FormerPage former = former(history);
        assertEquals(Optional.of(GONE), former.of("/en/about/", ""));
        for (String path : List.of("/en/", "/en/about", "en/about/", "x/en/about/", "/en/about/x", "/de/about/", "/en//", "/en/a/about/")) {
            assertEquals(Optional.empty(), former.of(path, ""), path);
        }
    }

    /** The key is the header's, stripped; one only in the text, or an empty one, is none, and an older version's is taken. */
    @Test
    void theKeyIsTheHeadersOfTheNewestVersionThatHasOne() {
        assertEquals(Optional.empty(), former(GivenHistory.repository().commit(ABOUT, header("") + "translationKey=about\n")).of("/en/about/", ""));
        assertEquals(Optional.empty(), former(GivenHistory.repository().commit(ABOUT, header("translationKey= \n"))).of("/en/about/", ""));
        GivenHistory history = GivenHistory.repository().commit(ABOUT, header("translationKey=  about \n")).commit(ABOUT, header(""));
        assertEquals(Optional.of(GONE), former(history).of("/en/about/", ""));
    }

    /** git log --follow lists the file's earlier names too: a version under another name is another page's. */
    @Test
    void aVersionUnderAnEarlierNameIsNotThisPages() {
        GivenHistory history = GivenHistory.repository().commit(ABOUT, "content/en/old-about.md", header("translationKey=other\n"))
                .commit(ABOUT, header(""));
        assertEquals(Optional.empty(), former(history).of("/en/about/", ""));
    }

    /** CI's clone has the latest commit only: a file with no history there may have been renamed in the history left out. */
    @Test
    void inAShallowCloneAFileWithNoHistoryMayHaveBeenRenamed() {
        GivenHistory shallow = new GivenHistory(GitHistory.SHALLOW);
        FormerPage former = former(shallow);
        assertEquals(Optional.of(": this is a shallow clone (made with --depth, as CI makes one), and content/en/about.md may have been renamed"
                + " or deleted in the history it left out: run git fetch --unshallow and build again to see where its page went"),
                former.of("/en/about/", "#contact"));
        assertEquals(Optional.of(": this is a shallow clone (made with --depth, as CI makes one), and content/en/notes.md may have been renamed"
                + " or deleted in the history it left out: run git fetch --unshallow and build again to see where its page went"),
                former.of("/en/notes/", ""));
        assertEquals(1, shallow.kindsAsked(), "asked of the history once");

        GivenHistory whole = GivenHistory.repository();
        assertEquals(Optional.empty(), former(whole).of("/en/about/", ""), "a whole repository without the file: never committed");
        assertEquals(1, whole.kindsAsked());
    }
}
