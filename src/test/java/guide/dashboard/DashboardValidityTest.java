package guide.dashboard;

import guide.content.SiteContent;
import guide.site.HtmlChecker;
import guide.site.ProjectFixture;
import guide.translation.TranslationState.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translations dashboard that {@code ./guide serve} shows passes the W3C Nu HTML Checker as the site's
 * pages do (HtmlValidityTest): the whole list, a filtered one, and the page after an import and after a
 * refused one. It is not part of the built site, so it is checked here, rendered as the preview renders it.
 */
class DashboardValidityTest {
    @TempDir
    Path project;

    @Test
    void theDashboardIsValidHtmlInEveryStateItShows() throws Exception {
        ProjectFixture.copyProject(project);
        Files.writeString(project.resolve("content/en/draft-only.md"), """
                title=A draft
                date=2026-03-01
                type=post
                status=draft
                translationKey=advance
                author=redakcja
                summary=A translation begun and not finished.
                tags=money
                ~~~~~~

                Not finished.
                """, StandardCharsets.UTF_8);
        SiteContent content = SiteContent.load(project);
        TranslationDashboard dashboard = TranslationDashboard.of(content);
        Set<Status> shown = dashboard.entries().stream().map(DashboardEntry::status).collect(Collectors.toSet());
        assertTrue(shown.containsAll(List.of(Status.OUTDATED, Status.DRAFT, Status.CURRENT)), "the states to check: " + shown);
        DashboardPage page = new DashboardPage(dashboard, new PageOptions("/css/site.css", "token"));
        List<String> languages = content.config().languages();

        Map<String, String> views = new TreeMap<>();
        views.put("all", page.html(DashboardFilter.of(null, null, languages), Optional.empty()));
        views.put("lang=en&state=outdated", page.html(DashboardFilter.of("en", "outdated", languages), Optional.empty()));
        views.put("import=done", page.html(DashboardFilter.of(null, null, languages), Optional.of(new ImportOutcome(true,
                "Imported 1 translation.", List.of("content/en/pricing-a-project.md: updated from pricing.pl-en.xlf")))));
        views.put("import=refused", page.html(DashboardFilter.of(null, null, languages), Optional.of(new ImportOutcome(false,
                "Nothing imported: 1 problem", List.of("pricing.pl-en.xlf:3: <target> for unit 2 is missing")))));

        List<HtmlChecker.Message> errors = new ArrayList<>();
        views.forEach((query, html) -> errors.addAll(HtmlChecker.shared()
                .check("dashboard?" + query, "http://localhost:8820" + PageOptions.BASE + "?" + query, html).errors()));
        assertEquals("", errors.stream().map(e -> e + "\n").collect(Collectors.joining()), "the Nu HTML Checker's errors, view:line:column");
    }
}
