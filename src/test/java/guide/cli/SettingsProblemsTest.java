package guide.cli;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The translations commands on a project whose settings cannot be read: the problem at its line, and no word of a build. */
class SettingsProblemsTest {
    @Test
    void theTranslationsReportNamesTheSettingAndBuildsNothing(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Files.writeString(project.resolve("jbake.properties"), "\nsite.archive.pageSize=abc\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long line = Files.readAllLines(project.resolve("jbake.properties")).size();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] typed = {"translations", "--project", project.toString()};
            assertEquals(1, Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed));
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals("jbake.properties:" + line + ": site.archive.pageSize must be a whole number of at least 1 (found 'abc')\n"
                + "Nothing done: fix what is said above first (1 problem).\n", said);
    }

    /** A mistyped --project, a file, or the content folder given for the project: named as such, and nothing is written. */
    @Test
    void aFolderThatIsNoProjectIsNamedAsSuch(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path file = Files.writeString(temp.resolve("notes.txt"), "Notatki");
        String advice = "; give --project the folder that holds jbake.properties, content/ and templates/\n";
        assertEquals(temp.resolve("projekt") + ": no such folder" + advice + "Build failed: 1 problem; nothing was written into "
                + temp.resolve("projekt/target/site") + ".\n", said("build", "--project", temp.resolve("projekt").toString()));
        assertEquals(file + ": a file, not a project folder" + advice + "Build failed: 1 problem; nothing was written into "
                + file.resolve("target/site") + ".\n", said("build", "--project", file.toString()));
        assertEquals(project.resolve("content") + ": not a guide project: it has no jbake.properties" + advice
                + "Nothing done: fix what is said above first (1 problem).\n", said("translations", "--project", project.resolve("content").toString()));
        assertFalse(Files.exists(temp.resolve("projekt")), "a mistyped project folder is not made (it was, with its target/ in it)");
        assertEquals("Notatki", Files.readString(file));
        assertFalse(Files.exists(project.resolve("content/target")), "no output folder made in the content");
    }

    /** A folder the build refuses to replace holds no earlier site, so the build does not speak of one. */
    @Test
    void aRefusedOutputFolderIsNotCalledThePreviousSite(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        String out = said("build", "--project", project.toString(), "--output", project.resolve("content").toString());
        assertEquals(project.resolve("content") + ": this folder is inside content/, which the build reads: give --output a new or empty folder of its"
                + " own, e.g. target/site\nBuild failed: 1 problem; nothing was written into " + project.resolve("content") + ".\n", out);
    }

    private static String said(String... typed) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
