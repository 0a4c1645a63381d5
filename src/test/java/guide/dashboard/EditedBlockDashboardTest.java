package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import guide.translation.GitHistory;
import guide.translation.GitProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard shows an edited paragraph with its removed words in {@code <del>} and its new ones in {@code <ins>}. */
class EditedBlockDashboardTest {
    @TempDir
    Path project;

    private void edit() throws Exception {
        Path pl = project.resolve("content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md");
        GitProject.edit(pl, "oprogramowanie, szkolenia i mnóstwo", "oprogramowanie i mnóstwo");
        GitProject.edit(pl, "Nie każdy to rozumie.", "Nie każdy klient to rozumie.");
        GitProject.edit(pl, "Często to po prostu brak wiedzy.", "Często to po prostu brak wiedzy. Nowe zdanie dodane na końcu.");
    }

    /** The changed block of the English translation's entry, with its label. */
    private Element change() throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token", GitHistory.of(project)))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        return Jsoup.parse(html).selectFirst("#entry-fire-bad-client-en .dash-change[data-change=edited] .dash-side");
    }

    @Test
    void removedAndAddedWordsAreMarkedInTheWholeParagraph() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        edit();

        Element side = change();
        assertEquals("What has changed in the source since the stamp", side.closest("[id=entry-fire-bad-client-en]").selectFirst("h4").text());
        assertEquals("Edited in the Polish source (old words struck through, new words underlined):", side.selectFirst(".dash-label").text());
        Element text = side.selectFirst("[data-source-block]");
        assertEquals(List.of(", szkolenia"), text.select("del").eachText());
        assertEquals(List.of("klient", "Nowe zdanie dodane na końcu."), text.select("ins").eachText());
        assertTrue(text.text().startsWith("Za twoją stawką stoją lata nauki"), "the whole paragraph, old and new in one: " + text.text());
    }

    @Test
    void withoutTheStampedVersionInGitTheParagraphIsShownAsItIsNowAndTheDashboardSaysWhy() throws Exception {
        ProjectFixture.copyRealProject(project); // no git repository
        edit();

        Element side = change();
        assertEquals("Edited in the Polish source, now:", side.selectFirst(".dash-label").text());
        assertTrue(side.select("del, ins").isEmpty(), side.html());
        assertEquals("The project is not a git repository, so its earlier version is not known and the changes cannot be marked; this is"
                + " the whole text as it is now.", side.select(".dash-label").last().text(), "the reason the report gives, not a choice of two");
    }
}
