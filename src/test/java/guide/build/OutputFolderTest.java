package guide.build;

import guide.site.BuildFailure;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build replaces its output folder whole, so it refuses a folder whose replacement would lose someone's files. */
class OutputFolderTest {
    @TempDir
    Path temp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static String refusal(Path project, Path output) {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output));
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        return failure.problems().get(0).toString();
    }

    @Test
    void theProjectItselfIsNeverTheOutputAndNothingOfItIsLost() throws IOException {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        List<String> before = files(project);
        assertEquals(project + ": this folder holds the project, and a build replaces its output folder whole:"
                + " give --output a new or empty folder of its own, e.g. target/site", refusal(project, project));
        assertEquals(temp + ": this folder holds the project, and a build replaces its output folder whole:"
                + " give --output a new or empty folder of its own, e.g. target/site", refusal(project, temp));
        assertEquals(before, files(project));
    }

    @Test
    void notTheRootNorAFolderTheBuildReads() {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        assertEquals("/: the site cannot be built into the file system's root: give --output a new or empty folder of its own,"
                + " e.g. target/site", refusal(project, Path.of("/")));
        assertEquals(project.resolve("content/site") + ": this folder is inside content/, which the build reads:"
                + " give --output a new or empty folder of its own, e.g. target/site", refusal(project, project.resolve("content/site")));
        assertTrue(Files.notExists(project.resolve("content/site")));
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsKeptAndAnEarlierSiteIsReplaced() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("umowa.txt"), "Umowa z klientem");
        assertEquals(documents + ": this folder already holds files no build of the guide wrote, and a build replaces its output"
                + " folder whole: give --output a new or empty folder of its own, e.g. target/site, or delete this one first",
                refusal(project, documents));
        assertEquals("Umowa z klientem", Files.readString(documents.resolve("umowa.txt")));

        Path empty = Files.createDirectories(temp.resolve("empty"));
        new SiteBuilder(project).build(empty);
        Files.delete(PageCache.cacheFile(empty)); // a site copied elsewhere, without the build's records beside it
        new SiteBuilder(project).build(empty);
        assertTrue(Files.isRegularFile(empty.resolve("sitemap.xml")));
    }

    @Test
    void aFileIsNeitherTheOutputNorAFolderToMakeItIn() throws IOException {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path file = Files.writeString(temp.resolve("notes.txt"), "Notatki");
        assertEquals(file + ": this is a file, not a folder, and a build writes the site into a folder: give --output a new or empty"
                + " folder of its own, e.g. target/site", refusal(project, file));
        assertEquals(file + ": this is a file, so the folder " + file.resolve("site/pl") + " cannot be made in it: give --output a new or"
                + " empty folder of its own, e.g. target/site", refusal(project, file.resolve("site/pl")));
        assertEquals("Notatki", Files.readString(file));
    }
}
