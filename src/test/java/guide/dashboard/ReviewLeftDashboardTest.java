package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A translation whose last XLIFF import left an unchanged paragraph marked to review (its stamp lists it): the dashboard
 * shows that paragraph beside its translation, as what is left to do, not a note that nothing says what changed.
 */
class ReviewLeftDashboardTest {
    @TempDir
    Path project;

    @Test
    void aParagraphLeftToReviewIsShownBesideItsTranslation() throws Exception {
        ProjectFixture.copyProject(project);
        Path en = project.resolve("content/en/about.md");
        String stamp = "sourceRevision=pl 92d7c862df0c 468f04 7d11a5 dff1ea 1cd476";
        String text = Files.readString(en, StandardCharsets.UTF_8);
        Files.writeString(en, text.replace(stamp, stamp + " review=1cd476"), StandardCharsets.UTF_8);

        Element entry = entry("about", "en");
        assertEquals("outdated", entry.attr("data-state"));
        assertEquals("What is still marked for review", entry.selectFirst("h4").text());
        Element change = entry.selectFirst(".dash-change");
        assertEquals("review", change.attr("data-change"));
        assertEquals("Unchanged in the Polish source, but still marked for review at the last XLIFF import: Napisz do nas. "
                + "Its English translation, to review: Write to us.", change.text());
        assertEquals(1, entry.select(".dash-change").size(), entry.text());
        assertFalse(entry.text().contains("With no usable stamp"), entry.text());
    }

    private Element entry(String key, String lang) throws Exception {
        SiteContent content = SiteContent.load(project);
        TranslationDashboard dashboard = TranslationDashboard.of(content);
        String html = new DashboardPage(dashboard, new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Objects.requireNonNull(Jsoup.parse(html).getElementById("entry-" + key + "-" + lang), key + "-" + lang);
    }
}
