package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge conflict git left in a page is named on the dashboard at its line, with what to do, as {@code ./guide translations}
 * names it; the states it would make wrong are not shown (the translation of a page with a conflict as missing, with
 * {@code ./guide translate} to run, or a translation whose source has one as orphaned).
 */
class ConflictDashboardTest {
    private static final String CONFLICT = "\n<<<<<<< HEAD\nJedna wersja.\n=======\nDruga wersja.\n>>>>>>> tomek/intro\n";

    @TempDir
    Path project;

    @Test
    void aConflictInATranslationIsNamedNotCalledMissing() throws Exception {
        ProjectFixture.copyRealProject(project);
        int line = conflict("content/en/about.md");
        Document page = page();
        List<String> named = page.select("#documents .dash-conflicts li").eachText();
        assertEquals(List.of("content/en/about.md:" + line + ": unresolved merge conflict (lines " + line + "-" + (line + 4)
                + ", from '<<<<<<< HEAD' to '>>>>>>> tomek/intro'): git left both versions of these lines here; keep the one that should stay"
                + " (or combine them) and delete the other and the marker lines <<<<<<<, ======= and >>>>>>>"), named);
        assertEquals(List.of(), page.select(".dash-entry").eachAttr("data-state"), "no state is known while a page cannot be read");
        assertTrue(page.getElementById("dash-lede").text().contains("not known while a file has an unresolved merge conflict"),
                page.getElementById("dash-lede").text());
        assertEquals("Counted again once the merge conflict under Pages is resolved.", page.select("#overview p").text());
        assertEquals("Pages: resolve the merge conflicts first", page.getElementById("documents-title").text());
    }

    @Test
    void conflictsInASourceAndAnotherPageAreEachNamed() throws Exception {
        ProjectFixture.copyRealProject(project);
        int about = conflict("content/pl/o-przewodniku.md");
        int home = conflict("content/en/index.md");
        Document page = page();
        assertEquals(List.of("content/en/index.md:" + home, "content/pl/o-przewodniku.md:" + about),
                page.select("#documents .dash-conflicts li code").eachText().stream().sorted().toList());
        assertTrue(page.text().contains("not known while 2 merge conflicts are unresolved"), page.getElementById("dash-lede").text());
        Element documents = page.getElementById("documents");
        assertTrue(documents.hasAttr("data-live-part"), "swapped for the documents once the conflicts are resolved");
    }

    /** Appends a conflict to the file: the line of its {@code <<<<<<<}. */
    private int conflict(String file) throws Exception {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, text + CONFLICT, StandardCharsets.UTF_8);
        return (int) (text + "\n").lines().count() + 1;
    }

    private Document page() throws Exception {
        SiteContent content = SiteContent.load(project);
        return Jsoup.parse(new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty()));
    }
}
