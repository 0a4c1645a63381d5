package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Beside a changed paragraph whose translation does not follow the source block for block, the dashboard shows
 * the heading of the translation's section with the same id as readers see it on the page, not its Markdown.
 */
class SectionHeadingDashboardTest {
    @TempDir
    Path project;

    @Test
    void theTranslationsSectionHeadingIsShownAsOnThePage() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path en = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        // Markup in the heading, as an editor may write it.
        GitProject.edit(en, "## 2. You can't agree on what your work is worth {#pricing-expectations}",
                "## 2. You *can't* agree on what [your work](/en/) is worth {#pricing-expectations}");
        Path pl = project.resolve("content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md");
        GitProject.edit(pl, "Nie każdy to rozumie.", "Nie każdy klient to rozumie.");

        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        Element change = Jsoup.parse(html).selectFirst("#entry-fire-bad-client-en .dash-change[data-change=edited]");
        assertEquals("In this English section (the blocks do not match the source's one for one):",
                change.select(".dash-side").get(1).selectFirst(".dash-label").text(), "the setup: the translation's blocks do not line up");
        assertEquals("2. You can’t agree on what your work is worth", change.selectFirst("[data-translation-block]").text());
    }
}
