package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With German added as the README's "Add a language" says, the dashboard's command for the missing German about page names it
 * as de.yaml's aboutUrl requires (any other name leaves the build stopped at a broken link); other pages' names are for the editor to give.
 */
class AboutPageNameDashboardTest {
    @TempDir
    Path project;

    @Test
    void theMissingAboutPageIsNamedAsItsLanguagesAboutUrlRequires() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8).replace("site.languages=pl,en", "site.languages=pl,en,de"),
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("templates/i18n/de.yaml"), Files.readString(project.resolve("templates/i18n/en.yaml"), StandardCharsets.UTF_8)
                .replace("aboutUrl: /en/about/", "aboutUrl: /de/ueber-den-leitfaden/"), StandardCharsets.UTF_8);
        TranslationDashboard dashboard = TranslationDashboard.of(SiteContent.load(project));

        List<EditorCommand> about = commands(dashboard, "about");
        assertEquals("./guide translate content/pl/o-przewodniku.md --to de --name ueber-den-leitfaden", about.get(0).line());
        assertEquals("Start the translation (a draft with the Polish text to translate; --name is the address aboutUrl gives the German about page"
                + " in templates/i18n/de.yaml: keep it, or the header and footer link to no page)", about.get(0).purpose());
        assertEquals("./guide translate content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md --to de --name NAME", commands(dashboard, "fire-bad-client").get(0).line(),
                "another page's German address is for the editor to give, not its translationKey");
    }

    private static List<EditorCommand> commands(TranslationDashboard dashboard, String key) {
        return dashboard.entries().stream().filter(e -> e.key().equals(key) && e.lang().equals("de")).findFirst().orElseThrow().commands();
    }
}
