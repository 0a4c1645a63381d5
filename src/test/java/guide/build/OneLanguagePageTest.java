package guide.build;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page that exists in one language only, and a draft, in a copy of the real project. */
class OneLanguagePageTest {

    @Test
    void switcherSaysThereIsNoTranslationAndOffersTheOtherHome(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp);
        Files.writeString(project.resolve("content/pl/tylko-po-polsku.md"), """
                title=Tylko po polsku
                date=2026-11-25
                type=post
                status=published
                translationKey=polish-only
                author=redakcja
                summary=Artykuł, którego nikt jeszcze nie przetłumaczył.
                ~~~~~~

                Treść dostępna wyłącznie po polsku.
                """, StandardCharsets.UTF_8);
        ProjectFiles.addEnglishDraft(project);

        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));

        Document page = Jsoup.parse(project.resolve("target/site/pl/tylko-po-polsku/index.html").toFile(), "UTF-8");
        Element note = page.selectFirst(".lang-switch .lang-missing");
        assertEquals("Tej strony nie ma jeszcze po angielsku.", note.text());
        Element link = page.selectFirst(".lang-switch a[data-lang-switch]");
        assertEquals("/en/", link.attr("href"));
        assertEquals("Go to the English home page", link.text());
        assertEquals(2, page.select("link[rel=alternate][hreflang]").size(), "itself and x-default only");

        assertFalse(Files.exists(project.resolve("target/site/en/unfinished/index.html")), "drafts are not published");
        assertTrue(report.warnings().contains("content/en/unfinished.md: draft, not published"), report.warnings().toString());
    }
}
