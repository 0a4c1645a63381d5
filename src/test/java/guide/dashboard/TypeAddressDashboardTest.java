package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With German added as the README's "Add a language" says, the dashboard's commands for the missing German home and not-found
 * pages name them as their sources are named and say that their type gives their address: the file name of such a page is no
 * address, so asking for "the new page's address in German" there would be untrue.
 */
class TypeAddressDashboardTest {
    @TempDir
    Path project;

    @Test
    void theMissingHomeAndNotFoundPagesKeepTheirSourcesNamesAndSayWhy() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8).replace("site.languages=pl,en", "site.languages=pl,en,de"),
                StandardCharsets.UTF_8);
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        TranslationDashboard dashboard = TranslationDashboard.of(SiteContent.load(project));

        EditorCommand home = command(dashboard, "home");
        assertEquals("./guide translate content/pl/index.md --to de --name index", home.line());
        assertEquals("Start the translation (a draft with the Polish text to translate; --name names the file only: a home page's address comes"
                + " from its type, not its file name, so the German one is at /de/)", home.purpose());
        EditorCommand notFound = command(dashboard, "not-found");
        assertEquals("./guide translate content/pl/404.md --to de --name 404", notFound.line());
        assertEquals("Start the translation (a draft with the Polish text to translate; --name names the file only: a not-found page's address"
                + " comes from its type, not its file name, so the German one is at /de/404.html)", notFound.purpose());
        assertEquals("Start the translation (a draft with the Polish text to translate; --name is the new page's address in German: replace NAME"
                        + " with a few words of its German title, in lowercase letters, digits and single hyphens; or download its XLIFF, and the"
                        + " import of the translated file suggests a name from its title)",
                command(dashboard, "fire-bad-client").purpose(), "an article's name is still its address");
    }

    private static EditorCommand command(TranslationDashboard dashboard, String key) {
        return dashboard.entries().stream().filter(e -> e.key().equals(key) && e.lang().equals("de")).findFirst().orElseThrow().commands().get(0);
    }
}
