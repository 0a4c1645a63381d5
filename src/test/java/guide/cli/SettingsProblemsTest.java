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
                + "Nothing done: fix the settings above first (1 problem).\n", said);
    }
}
