package guide.serve;

import guide.cli.Main;
import guide.dashboard.ImportOutcome;
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

/** The dashboard's import says what it did in the words of ./guide translations import. */
class DashboardImportTest {
    @TempDir
    Path project;

    @Test
    void aForcedImportIsReportedAsTheCommandReportsIt() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = project.resolve("xliff/pricing.pl-en.xlf");
        assertEquals(0, guide("translations", "export", DashboardFixture.PRICING_PL, "--to", "en", "--output", xliff.getParent().toString()));
        Path pl = project.resolve(DashboardFixture.PRICING_PL);
        Files.writeString(pl, Files.readString(pl, StandardCharsets.UTF_8) + "\nNowy akapit.\n", StandardCharsets.UTF_8);

        ImportOutcome outcome = new DashboardImport(project).run(List.of(new UploadForm.Upload("pricing.pl-en.xlf", Files.readAllBytes(xliff))), true);
        assertEquals(List.of(DashboardFixture.PRICING_EN + ": updated from pricing.pl-en.xlf; imported although its source changed since the export, "
                + "so it stays outdated until those changes are translated"), outcome.messages());
    }

    private int guide(String... args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.add("--project");
            all.add(project.toString());
            String[] typed = all.toArray(String[]::new);
            return Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed);
        } finally {
            System.setOut(out);
        }
    }
}
