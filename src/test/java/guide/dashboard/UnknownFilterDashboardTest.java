package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A filter value the site does not have, typed into the address or left in an old bookmark, is named on the page with
 * the values there are, and the list says it is not filtered by it; the other, valid filter still applies.
 */
class UnknownFilterDashboardTest {
    @TempDir
    Path project;

    @Test
    void anUnknownLanguageOrStateIsNamedWithTheKnownOnes() throws Exception {
        ProjectFixture.copyRealProject(project);
        Document page = page("xx", "nonsense");
        assertEquals(List.of("The address asks for lang=xx, which no page is translated into: the translations are in en (English)."
                        + " The list below shows every language.",
                "The address asks for state=nonsense, which is not a state: the states are outdated, missing, unreadable, unknown, orphaned, draft and current."
                        + " The list below shows every state."),
                page.select("#documents .dash-filter-unknown").eachText());
        assertEquals("Showing 6 of 6 pages.", page.getElementById("dash-count").text());
        assertEquals("Pages, most urgent first", page.getElementById("documents-title").text(), "the word of the overview's counts");
        assertEquals("Filter the pages", page.selectFirst(".dash-filters").attr("aria-label"));
    }

    @Test
    void theValidFilterStillAppliesBesideAnUnknownOne() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path pl = project.resolve("content/pl/o-przewodniku.md");
        Files.writeString(pl, Files.readString(pl, StandardCharsets.UTF_8).replaceFirst("(?m)^summary=.*$", "summary=Nowe podsumowanie."),
                StandardCharsets.UTF_8);
        Document page = page("xx", "outdated");
        assertEquals(1, page.select("#documents .dash-filter-unknown").size(), page.select("#documents .dash-filter-unknown").text());
        assertEquals("Showing 1 of 6 pages.", page.getElementById("dash-count").text());
        assertEquals(List.of("All", "Outdated"), page.select(".dash-filters a[aria-current=page]").eachText(),
                "every language, the outdated ones");
    }

    @Test
    void knownValuesInAnyCaseAndEmptyOnesAreNoProblem() throws Exception {
        ProjectFixture.copyRealProject(project);
        assertEquals(List.of(), page("EN", "Current").select(".dash-filter-unknown").eachText());
        assertEquals(List.of(), page("", "").select(".dash-filter-unknown").eachText());
    }

    private Document page(String lang, String state) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(lang, state, content.config().languages()), Optional.empty());
        return Jsoup.parse(html);
    }
}
