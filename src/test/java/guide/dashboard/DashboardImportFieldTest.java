package guide.dashboard;

import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The import form's "New page's file name" is empty and shows no example: the form cannot know which page a file
 * will make, and an example name in grey (one page's, whatever page is imported) reads as a value already given.
 * A file that needs a name is refused with the page's translationKey as one to start from (DashboardImportTest).
 */
class DashboardImportFieldTest {
    @TempDir
    Path project;

    @Test
    void theNewPageNameFieldShowsNoOtherPagesName() throws Exception {
        ProjectFixture.copyRealProject(project);
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.empty());
        Element field = Jsoup.parse(html).getElementById("import-name");
        assertFalse(field.hasAttr("placeholder"), field.outerHtml());
        assertEquals("", field.attr("value"), field.outerHtml());
    }
}
