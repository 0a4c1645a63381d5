package guide.build;

import guide.site.CliBuild;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page renamed or deleted while other pages still link to its address: the broken link says where the page is now,
 * found by the translationKey of the file the address came from in the project's git history.
 */
class MovedPageLinkTest {
    private static final String BROKEN = "broken link (no such page or file): /en/about/";

    @TempDir
    Path project;

    @BeforeEach
    void committedProject() throws Exception {
        ProjectFixture.copyProject(project);
        GitProject.init(project);
    }

    @Test
    void aLinkToARenamedPageSaysWhereItIsNow() throws Exception {
        Files.move(project.resolve("content/en/about.md"), project.resolve("content/en/about-us.md"));
        List<String> links = brokenLinks();
        assertTrue(!links.isEmpty() && links.stream().allMatch(l -> l.contains(BROKEN + ": its page, content/en/about.md (translationKey 'about'),"
                + " has moved to content/en/about-us.md: link to /en/about-us/")), String.join("\n", links));
    }

    @Test
    void aLinkToAPageWhoseRenameWasCommittedSaysItToo() throws Exception {
        Files.move(project.resolve("content/en/about.md"), project.resolve("content/en/about-us.md"));
        GitProject.commitAll(project, "rename the about page");
        List<String> links = brokenLinks();
        assertTrue(!links.isEmpty() && links.stream().allMatch(l -> l.endsWith("has moved to content/en/about-us.md: link to /en/about-us/")
                || l.contains("has moved to content/en/about-us.md: link to /en/about-us/ (on ")), String.join("\n", links));
    }

    @Test
    void aLinkToASectionOfARenamedPageKeepsItsAnchor() throws Exception {
        Files.move(project.resolve("content/en/about.md"), project.resolve("content/en/about-us.md"));
        ProjectFiles.save(project, "content/en/how-to-send-an-invoice.md", s -> s.replace("~~~~~~\n", "~~~~~~\n\nSee [who we are](/en/about/#contact).\n"));
        CliBuild result = CliBuild.run(project);
        assertTrue(result.err().contains("content/en/how-to-send-an-invoice.md:" + ProjectFiles.lineOf(project, "content/en/how-to-send-an-invoice.md", "who we are")
                + ": broken link (no such page or file): /en/about/#contact: its page, content/en/about.md (translationKey 'about'),"
                + " has moved to content/en/about-us.md: link to /en/about-us/#contact\n"), result.err());
    }

    @Test
    void aLinkToADeletedTranslationSaysNoPageHasItsKey() throws Exception {
        Files.delete(project.resolve("content/en/about.md"));
        List<String> links = brokenLinks();
        assertTrue(!links.isEmpty() && links.stream().allMatch(l -> l.contains(BROKEN + ": its page, content/en/about.md (translationKey 'about'), no longer exists,"
                + " and no published English page has that translationKey: link to another page, or remove the link")), String.join("\n", links));
    }

    private List<String> brokenLinks() {
        CliBuild result = CliBuild.run(project);
        assertEquals(1, result.exitCode(), result.err());
        return result.err().lines().filter(l -> l.contains(BROKEN)).toList();
    }
}
