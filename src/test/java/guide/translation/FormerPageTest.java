package guide.translation;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A broken link to an address the site had: the page that had it is found by the translationKey of the file it came
 * from, in the project's git history, and named where it is now, or said to be gone; an address that was never a page
 * of a language folder, or whose file has no history or is still there, gets no word.
 */
class FormerPageTest {
    @TempDir
    Path project;

    private FormerPage former() throws Exception {
        SiteContent content = SiteContent.load(project);
        return new FormerPage(content.config(), content.documents());
    }

    @Test
    void aRenamedPageIsNamedWhereItIsNowWithTheLinksAnchorKept() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        Files.move(project.resolve("content/en/about.md"), project.resolve("content/en/about-us.md"));

        FormerPage former = former();
        String now = ": its page, content/en/about.md (translationKey 'about'), has moved to content/en/about-us.md: link to /en/about-us/";
        assertEquals(Optional.of(now + "#contact"), former.of("/en/about/", "#contact"));
        assertEquals(Optional.of(now), former.of("/en/about/", ""), "asked again, the same page, without the other link's anchor");
        assertEquals(Optional.empty(), former.of("/en/about-us/", ""), "its file is there: not a page that went");
    }

    @Test
    void aDeletedPageIsSaidToBeGoneAndNoAnchorIsAdded() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        Files.delete(project.resolve("content/en/about.md"));

        assertEquals(Optional.of(": its page, content/en/about.md (translationKey 'about'), no longer exists, and no published English page has that"
                + " translationKey: link to another page, or remove the link"), former().of("/en/about/", "#contact"));
    }

    @Test
    void onlyAPlainPageOfALanguageFolderWithHistoryIsLookedFor() throws Exception {
        ProjectFixture.copyRealProject(project);
        Files.writeString(project.resolve("content/en/notes.md"), "title=Notes\ntranslationKey=about\n~~~~~~\n\nText.\n");
        Files.writeString(project.resolve("content/en/keyless.md"), "title=Keyless\n~~~~~~\n\ntranslationKey=about\n");
        Files.writeString(project.resolve("content/en/blank.md"), "title=Blank\ntranslationKey= \n~~~~~~\n\nText.\n");
        GitProject.init(project);
        for (String name : List.of("notes", "keyless", "blank")) {
            Files.delete(project.resolve("content/en/" + name + ".md"));
        }
        Files.delete(project.resolve("content/en/about.md"));
        FormerPage former = former();
        assertEquals(": its page, content/en/notes.md (translationKey 'about'), no longer exists, and no published English page has that"
                + " translationKey: link to another page, or remove the link", former.of("/en/notes/", "").orElseThrow());
        // Not a page's address; a file never committed; a translationKey only in the body, or an empty one: no key to go by.
        for (String path : List.of("/en/", "/en/about", "en/about/", "/de/about/", "/en//", "/en/a/about/", "/en/never-written/", "/en/keyless/",
                "/en/blank/")) {
            assertEquals(Optional.empty(), former.of(path, ""), path);
        }
    }

    /** CI's clone has the latest commit only: the rename may be in the history it left out, and the message says how to fetch it. */
    @Test
    void inAShallowCloneTheRenameMayBeInTheHistoryLeftOut() throws Exception {
        Path origin = project.resolve("origin");
        ProjectFixture.copyRealProject(origin);
        GitProject.init(origin);
        GitProject.git(origin, "mv", "content/en/about.md", "content/en/about-us.md");
        GitProject.commitAll(origin, "Rename the about page");
        Path clone = project.resolve("clone");
        GitProject.git(project, "clone", "-q", "--depth", "1", origin.toUri().toString(), clone.toString());

        SiteContent content = SiteContent.load(clone);
        assertEquals(Optional.of(": this is a shallow clone (made with --depth, as CI makes one), and content/en/about.md may have been renamed or"
                + " deleted in the history it left out: run git fetch --unshallow and build again to see where its page went"),
                new FormerPage(content.config(), content.documents()).of("/en/about/", ""));
    }

    @Test
    void withoutGitNothingIsKnown() throws Exception {
        ProjectFixture.copyRealProject(project);
        Files.delete(project.resolve("content/en/about.md"));
        assertEquals(Optional.empty(), former().of("/en/about/", ""));
    }
}
