package guide.dashboard;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import guide.translation.SourceRevision;
import guide.translation.StampWriter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's opening sentence reads as English, whether nothing, one page or more need work. */
class DashboardLedeTest {
    private static final String START = "Every page in every language other than the one it was written in: ";
    private static final String END = ". This page updates itself when content changes.";

    @TempDir
    Path project;

    @Test
    void theLedeSaysHowManyPagesNeedWorkInPlainEnglish() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path en = project.resolve("content/en/about.md");
        StampWriter.stamp(en, SourceRevision.of(about(SiteContent.load(project))));
        assertEquals(START + "none needs work" + END, lede());

        Path pl = project.resolve("content/pl/o-przewodniku.md");
        String text = Files.readString(pl, StandardCharsets.UTF_8);
        Files.writeString(pl, text.replaceFirst("(?m)^summary=.*$", "summary=Nowe podsumowanie strony."), StandardCharsets.UTF_8);
        assertEquals(START + "1 needs work" + END, lede());
    }

    private String lede() throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Jsoup.parse(html).getElementById("dash-lede").text();
    }

    private static ContentDocument about(SiteContent content) {
        return content.documents().stream().filter(d -> d.translationKey().equals("about") && d.lang().equals("pl")).findFirst().orElseThrow();
    }
}
