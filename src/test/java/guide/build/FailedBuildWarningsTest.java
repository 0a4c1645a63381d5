package guide.build;

import guide.cli.Main;
import guide.site.ProjectFixture;
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
 * A build that fails still lists its warnings: a translator fixing the problem that stopped it also hears that the
 * language's interface words are still another language's copy, as a build that succeeds would say. Here a translator
 * copied pl.yaml to en.yaml and changed its aboutUrl but not its archiveUrl, which stops the build before any page.
 */
class FailedBuildWarningsTest {
    @Test
    void anUntranslatedCopyOfInterfaceWordsIsNamedBesideTheProblemThatStoppedTheBuild(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("guide"));
        Path en = project.resolve("templates/i18n/en.yaml");
        String polish = Files.readString(project.resolve("templates/i18n/pl.yaml"));
        Files.writeString(en, polish.replace("aboutUrl: /pl/o-przewodniku/", "aboutUrl: /en/about/"));

        List<String> said = stderrOfBuild(project, temp.resolve("site")).lines().toList();

        assertEquals(4, said.size(), String.join("\n", said));
        int archiveLine = polish.substring(0, polish.indexOf("\narchiveUrl:") + 1).split("\n", -1).length;
        assertEquals("templates/i18n/en.yaml:" + archiveLine + ": archiveUrl must be a folder of the language, like /en/articles/ (lowercase letters, digits, "
                + "hyphens; found '/pl/artykuly/')", said.get(0), "the problem that stops the build comes first");
        assertEquals("Also 1 warning (warnings alone do not stop a build):", said.get(1));
        assertTrue(said.get(2).matches("    templates/i18n/en\\.yaml:3: warning: \\d+ of \\d+ interface words are the same as pl\\.yaml's; translate them"),
                "the copy is named at its first untranslated word, the site's name on line 3: " + said.get(2));
        assertEquals("Build failed: 1 problem; nothing was written into " + temp.resolve("site") + ".", said.get(3),
                "the last line says the build failed, as before, and that there was no site before it to leave as it was");
    }

    private static String stderrOfBuild(Path project, Path output) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String[] args = {"build", "--project", project.toString(), "--output", output.toString()};
        try {
            assertEquals(1, Main.commandLine(project, args).execute(args), "the build fails");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
