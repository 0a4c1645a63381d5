package guide.serve;

import guide.cli.Main;
import guide.dashboard.ImportOutcome;
import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file exported from another copy of the guide, uploaded to the dashboard, is refused as ./guide translations import
 * refuses it: as another project's file (not a page deleted here), to be imported there; without the command's advice about
 * a folder's *.xlf, which the form does not take.
 */
class OtherProjectImportDashboardTest {
    @TempDir
    Path dir;

    @Test
    void theDashboardSaysAFileFromAnotherProjectBelongsThere() throws Exception {
        Path other = dir.resolve("other");
        ProjectFixture.copyRealProject(other);
        Files.writeString(other.resolve("content/pl/umowa-o-dzielo.md"), "title=Umowa o dzieło\ndate=2026-11-25\ntype=post\nstatus=published\n"
                + "translationKey=contract-for-work\nauthor=redakcja\ntags=umowy\nsummary=Czym jest umowa o dzieło.\n~~~~~~\n\nUmowa o dzieło dotyczy"
                + " konkretnego rezultatu.\n", StandardCharsets.UTF_8);
        assertEquals(0, guide(other, "translations", "export", "content/pl/umowa-o-dzielo.md", "--to", "en", "--output", dir.resolve("out").toString()));
        String translated = Files.readString(dir.resolve("out/contract-for-work.pl-en.xlf"), StandardCharsets.UTF_8).replaceAll(
                "(?s)(<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\")needs-translation(\">)</target>", "$1$2$3translated$4$2</target>");
        Path here = dir.resolve("here");
        ProjectFixture.copyRealProject(here);
        GitProject.init(here);

        ImportOutcome outcome = new DashboardImport(here).run(List.of(new UploadForm.Upload("contract-for-work.pl-en.xlf",
                translated.getBytes(StandardCharsets.UTF_8))), false, Optional.of("contract-for-work"));

        assertEquals(List.of("contract-for-work.pl-en.xlf:3: is for content/pl/umowa-o-dzielo.md, which this project does not have and never had"
                + " (its git history has no such file), and no page in content/pl/ has its translationKey, 'contract-for-work': the file was exported"
                + " from another project (another copy of the guide, or a branch not merged here), so import it into that project and leave it out"
                + " of this import"), outcome.messages());
        assertEquals("Nothing imported: 1 problem", outcome.headline());
    }

    private static int guide(Path project, String... args) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            String[] all = Stream.concat(Arrays.stream(args), Stream.of("--project", project.toString())).toArray(String[]::new);
            return Main.commandLine(Path.of("").toAbsolutePath(), all).execute(all);
        } finally {
            System.setOut(stdout);
        }
    }
}
