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

/**
 * A translator finds a page on the dashboard by its title as the site shows it (typeset: “it’s”, and in Polish no line break
 * after "w" or between "3" and "krokach"), and each file's date says which of the header's dates it is: the one readers see.
 */
class DashboardTitlesAndDatesTest {
    @TempDir
    Path project;

    @Test
    void titlesAreTypesetAsOnTheSite() throws Exception {
        ProjectFixture.copyRealProject(project);
        setHeader("content/en/5-signs-its-time-to-fire-a-client.md", "title", "5 signs it's time to fire a client");
        setHeader("content/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach.md", "title", "Jak zakończyć współpracę z klientem w 3 krokach");
        Files.delete(project.resolve("content/en/how-to-end-a-client-relationship-in-3-steps.md"));
        assertEquals("5 signs it\u2019s time to fire a client", entry("fire-bad-client", "en").selectFirst("h3").text());
        assertEquals("Jak zakończyć współpracę z\u00a0klientem w\u00a03\u00a0krokach", entry("end-client-relationship", "en").selectFirst("h3").wholeText(),
                "a missing translation is listed by its source's title, as the Polish page shows it");
    }

    @Test
    void eachDateSaysWhetherItIsTheUpdateOrThePublication() throws Exception {
        ProjectFixture.copyRealProject(project);
        setHeader("content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md", "updated", "2026-11-30");
        setHeader("content/en/5-signs-its-time-to-fire-a-client.md", "date", "2026-11-21");
        Path en = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        Files.writeString(en, Files.readString(en, StandardCharsets.UTF_8).replaceFirst("(?m)^updated=.*\\n", ""), StandardCharsets.UTF_8);
        Element facts = entry("fire-bad-client", "en").selectFirst(".dash-facts");
        assertEquals("Source (Polish) content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md, updated 30 November 2026", facts.child(0).text());
        assertEquals("Translation content/en/5-signs-its-time-to-fire-a-client.md, published 21 November 2026", facts.child(1).text());
    }

    /** Readers have seen neither date of a draft: its updated= is "dated" like its date=, not "updated". */
    @Test
    void aDraftsDateIsDatedEvenWhenItIsItsUpdate() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path en = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        Files.writeString(en, Files.readString(en, StandardCharsets.UTF_8).replaceFirst("(?m)^status=published$", "status=draft"), StandardCharsets.UTF_8);
        setHeader("content/en/5-signs-its-time-to-fire-a-client.md", "updated", "2026-11-30");
        Element facts = entry("fire-bad-client", "en").selectFirst(".dash-facts");
        assertEquals("Translation content/en/5-signs-its-time-to-fire-a-client.md, dated 30 November 2026", facts.child(1).text());
    }

    /** Gives the copy's page a header value of the test's own, so the test does not follow the real content's titles and dates. */
    private void setHeader(String file, String key, String value) throws Exception {
        Path page = project.resolve(file);
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8).replaceFirst("(?m)^" + key + "=.*$", key + "=" + value), StandardCharsets.UTF_8);
    }

    private Element entry(String key, String lang) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Objects.requireNonNull(Jsoup.parse(html).getElementById("entry-" + key + "-" + lang), key + "-" + lang);
    }
}
