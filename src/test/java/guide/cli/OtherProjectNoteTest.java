package guide.cli;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code path/to/guide build} (or a translations command) typed in a project of one's own works on the project of
 * {@code ./guide}; the editor is told which, and what to type for the other, in words the shell reads back as typed.
 */
class OtherProjectNoteTest {
    private String homeBefore;

    @BeforeEach
    void rememberGuideHome() {
        homeBefore = System.getProperty("guide.home");
    }

    @AfterEach
    void restoreGuideHome() {
        if (homeBefore == null) {
            System.clearProperty("guide.home");
        } else {
            System.setProperty("guide.home", homeBefore);
        }
    }

    @Test
    void aBuildAndATranslationsReportInAnotherProjectSayWhichTheyWorkOn(@TempDir Path temp) throws Exception {
        Path home = ProjectFixture.copyProject(temp.resolve("guide-home"));
        Path here = Path.of("").toAbsolutePath();
        assertTrue(Files.isRegularFile(here.resolve("jbake.properties")), "the tests run in a project folder");
        System.setProperty("guide.home", home.toString());
        String build = stderrOf(0, "build", "--output", temp.resolve("site").toString());
        assertEquals("note: building the project in " + home + ", not the one you are in (" + here
                + "); to build that one, add --project " + ProjectOptions.shellWord(here.toString()), build.lines().findFirst().orElse(""));
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")), "the project of ./guide is built, as before");
        assertTrue(stderrOf(0, "translations").startsWith("note: working on the project in " + home + ", not the one you are in"));
        assertEquals("", stderrOf(0, "translations", "--project", home.toString()), "with --project, nothing is said");
    }

    /**
     * The build daemon runs command lines typed in other folders, in a JVM that works in its own: the note judges the
     * folder the command was typed in, not the JVM's.
     */
    @Test
    void aCommandTheDaemonRunsIsJudgedByTheFolderItWasTypedIn(@TempDir Path temp) throws Exception {
        Path home = ProjectFixture.copyProject(temp.resolve("guide-home"));
        Path other = Files.createDirectories(temp.resolve("other project"));
        Files.writeString(other.resolve("jbake.properties"), "");
        System.setProperty("guide.home", home.toString());
        assertEquals("note: working on the project in " + home + ", not the one you are in (" + other
                + "); to work on that one, add --project '" + other + "'", stderrIn(other, 0, "translations").lines().findFirst().orElse(""));
        assertEquals("", stderrIn(home.resolve("content"), 0, "translations"), "typed in the project of ./guide, nothing is said");
    }

    /** The suggested option is pasted into a shell: a folder with spaces, quotes or a dollar sign must come back as it is. */
    @Test
    void theSuggestedFolderSurvivesTheShell() throws Exception {
        for (String folder : List.of("/tmp/plain-folder_1.0", "/home/ann/my guides", "/srv/it's", "/tmp/$HOME", "/tmp/zażółć", "/tmp/a*b")) {
            String word = ProjectOptions.shellWord(folder);
            Process shell = new ProcessBuilder("sh", "-c", "printf %s " + word).start();
            String back = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, shell.waitFor());
            assertEquals(folder, back, "typed as " + word);
        }
        assertEquals("/tmp/plain-folder_1.0", ProjectOptions.shellWord("/tmp/plain-folder_1.0"), "an ordinary folder is not quoted");
    }

    private static String stderrIn(Path cwd, int exit, String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(exit, Main.commandLine(cwd, args).execute(args), String.join(" ", args));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String stderrOf(int exit, String... args) {
        return stderrIn(Path.of("").toAbsolutePath(), exit, args);
    }
}
