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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the dashboard says of a translation whose stamp is what is wrong with it: the stamp's line, and why. */
class StampNoteDashboardTest {
    @TempDir
    Path project;

    @Test
    void anUnreadableStampIsNamedWithItsLine() throws Exception {
        ProjectFixture.copyProject(project);
        Path en = project.resolve("content/en/about.md");
        Files.writeString(en, Files.readString(en, StandardCharsets.UTF_8).replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl 92d7c862dfzz "),
                StandardCharsets.UTF_8);
        String shown = entry("about", "en").text();
        assertTrue(shown.contains("Line 8: unreadable stamp, its hash '92d7c862dfzz' is not 12 hex digits. With no usable stamp, nothing says what has changed"
                + " in the source since it was translated: compare the translation with the source by hand, then stamp it."), shown);
    }

    /**
     * A stamp that names the file's own language as its source counts as no stamp of the translation's: the dashboard says
     * so in the report's words, and asks for a comparison by hand, then a stamp, as for an unreadable one.
     */
    @Test
    void aStampNamingTheFilesOwnLanguageIsNamedInTheReportsWords() throws Exception {
        ProjectFixture.copyProject(project);
        Path en = project.resolve("content/en/about.md");
        Files.writeString(en, Files.readString(en, StandardCharsets.UTF_8).replace("sourceRevision=pl ", "sourceRevision=en "), StandardCharsets.UTF_8);
        Element entry = entry("about", "en");
        assertEquals("outdated", entry.attr("data-state"));
        String shown = entry.text();
        assertTrue(shown.contains("Line 8: its stamp says it was translated from en (sourceRevision=en …), its own language, but its source is pl."
                + " With no usable stamp, nothing says what has changed in the source since it was translated: compare the translation"
                + " with the source by hand, then stamp it."), shown);
        assertTrue(shown.contains("After updating the translation, mark it current: ./guide translations stamp content/en/about.md"), shown);
    }

    @Test
    void aCopyOfAnotherLanguagesTranslationIsToTranslateThenStamp() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replace("site.languages=pl,en", "site.languages=pl,en,de"),
                StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("content/de"));
        Files.copy(project.resolve("content/en/index.md"), project.resolve("content/de/index.md"));
        Element entry = entry("home", "de");
        assertEquals("outdated", entry.attr("data-state"));
        String shown = entry.text();
        assertTrue(shown.contains("Note Line 8: not translated yet, copied from content/en/index.md (its stamp says to=en);"
                + " translate it from content/pl/index.md, then stamp it."), shown);
        assertFalse(shown.contains("compare the translation with the source by hand"), "a copy is to translate, not to review: " + shown);
        assertTrue(shown.contains("Once it is translated into German, mark it current: ./guide translations stamp content/de/index.md"), shown);
        assertTrue(entry.select(".dash-changes").isEmpty(), "no changes of the source to show: " + shown);
    }

    private Element entry(String key, String lang) throws Exception {
        SiteContent content = SiteContent.load(project);
        TranslationDashboard dashboard = TranslationDashboard.of(content);
        String html = new DashboardPage(dashboard, new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Objects.requireNonNull(Jsoup.parse(html).getElementById("entry-" + key + "-" + lang), key + "-" + lang);
    }
}
