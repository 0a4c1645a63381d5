package guide.cli;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A translator types the target language as CAT tools and operating systems write it ({@code --to EN}, {@code --to en-US}):
 * the export and ./guide translate refused it as "not a configured language" although the site has that language. They still
 * refuse it (a typed option is not guessed at), but say which of the site's languages it names. Nothing is written.
 */
class LanguageOptionTest {
    private static final String PL_ABOUT = "content/pl/o-przewodniku.md";

    @Test
    void theExportNamesTheSiteLanguageATagInCapitalsOrWithARegionMeans(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        for (Map.Entry<String, String> typed : Map.of("EN", "en", "en-US", "en", "en_GB", "en", "PL-pl", "pl").entrySet()) {
            GuideInProcess run = GuideInProcess.inProject(project, "translations", "export", PL_ABOUT, "--to", typed.getKey());
            assertEquals(1, run.exitCode(), run.out());
            assertEquals("--to " + typed.getKey() + ": not a configured language (site.languages=pl,en); the site writes it " + typed.getValue()
                    + ": --to " + typed.getValue() + "\n", run.err());
        }
        assertFalse(Files.exists(project.resolve("target/xliff")), "nothing exported");
    }

    @Test
    void translateNamesItToo(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        GuideInProcess run = GuideInProcess.inProject(project, "translate", PL_ABOUT, "--to", "EN", "--name", "about-the-guide");
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("--to EN: not a configured language (site.languages=pl,en); the site writes it en: --to en\n", run.err());
    }

    @Test
    void aLanguageTheSiteHasNotIsRefusedAsBefore(@TempDir Path temp) throws Exception {
        // A guard: no language to name, so the message is as it was.
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        GuideInProcess run = GuideInProcess.inProject(project, "translations", "export", PL_ABOUT, "--to", "de-DE");
        assertEquals("--to de-DE: not a configured language (site.languages=pl,en)\n", run.err());
    }
}
