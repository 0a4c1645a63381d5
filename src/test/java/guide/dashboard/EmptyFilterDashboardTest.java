package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A filter that shows nothing says why under the count, rather than leaving an empty list that reads as a page that did
 * not load: the "0 outdated" link of the overview, or a language pages are only written in, typed into the address.
 */
class EmptyFilterDashboardTest {
    @TempDir
    Path project;

    @Test
    void anEmptyListSaysWhy() throws Exception {
        ProjectFixture.copyRealProject(project);
        assertEquals("Showing 0 of 6 pages: none in English is outdated.", count("en", "outdated"));
        assertEquals("Showing 0 of 6 pages: none is missing.", count(null, "missing"));
        assertEquals("Showing 0 of 6 pages: pages are written in Polish, not translated into it.", count("pl", null));
        assertEquals("Showing 6 of 6 pages.", count("en", "current"));
    }

    private String count(String lang, String state) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(lang, state, content.config().languages()), Optional.empty());
        return Jsoup.parse(html).getElementById("dash-count").text();
    }
}
