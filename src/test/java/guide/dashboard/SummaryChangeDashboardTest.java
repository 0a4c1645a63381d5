package guide.dashboard;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import guide.translation.AlignedChange;
import guide.translation.SourceRevision;
import guide.translation.StampWriter;
import guide.translation.TranslationState.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard shows a change of the source's summary beside the translation's summary, not as a stamp it cannot read. */
class SummaryChangeDashboardTest {
    @TempDir
    Path project;

    @Test
    void aChangedSummaryIsShownBesideTheTranslationsSummary() throws Exception {
        ProjectFixture.copyRealProject(project);
        ContentDocument source = about(SiteContent.load(project), "pl");
        StampWriter.stamp(project.resolve("content/en/about.md"), SourceRevision.of(source));
        Path pl = project.resolve("content/pl/o-przewodniku.md");
        String text = Files.readString(pl, StandardCharsets.UTF_8);
        Files.writeString(pl, text.replaceFirst("(?m)^summary=.*$", "summary=Nowe podsumowanie strony."), StandardCharsets.UTF_8);

        SiteContent content = SiteContent.load(project);
        TranslationDashboard dashboard = TranslationDashboard.of(content);
        DashboardEntry entry = dashboard.entries().stream().filter(e -> e.key().equals("about") && e.lang().equals("en")).findFirst().orElseThrow();
        assertEquals(Status.OUTDATED, entry.status());
        assertEquals(1, entry.changes().size(), entry.changes().toString());
        assertEquals(AlignedChange.Placement.SUMMARY, entry.changes().get(0).placement());

        String html = new DashboardPage(dashboard, new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        Element article = Jsoup.parse(html).select("article.dash-entry[data-lang=en]").stream()
                .filter(a -> a.text().contains("content/en/about.md")).findFirst().orElseThrow();
        String shown = article.text();
        assertTrue(shown.contains("Summary changed in the Polish source, now: Nowe podsumowanie strony."), shown);
        assertTrue(shown.contains("The English summary of the old version: What The Freelancer's Guide is"), shown);
        assertFalse(shown.contains("no readable stamp"), "the stamp is read; only the summary changed: " + shown);
    }

    private static ContentDocument about(SiteContent content, String lang) {
        return content.documents().stream().filter(d -> d.translationKey().equals("about") && d.lang().equals(lang)).findFirst().orElseThrow();
    }
}
