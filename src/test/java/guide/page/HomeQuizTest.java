package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quiz a home page shows when a language has more than one: the newest, the same one in every language. */
class HomeQuizTest {
    @TempDir
    Path dir;

    private static ContentDocument quiz(String lang, String slug, String date, String key) {
        return TestDocument.article(lang, slug).title(slug).type(DocumentType.QUIZ).date(date).key(key).build();
    }

    private static HomeView home(SmallProject project, List<ContentDocument> published, String lang) {
        SiteConfig config = project.config();
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        Cards cards = new Cards(project.ui(), new Dates(config), new CardMemo(), new Typesetter(config));
        ArchivePages archive = new ArchivePages(config, new ArticleIndex(published), cards, project.ui(), new Alternates(config, translations),
                new LanguageSwitch(config, translations, project.ui()), new LanguageViews(config, project.ui()),
                new ShareImages(config, project.ui(), Map.of()));
        return new HomeLists(config, published, new ArticleIndex(published), cards, translations, project.ui(), archive).of(lang);
    }

    @Test
    void aSecondQuizIsShownOnEveryHomePageWhateverItsFileName() {
        // File names sort one way in Polish and the other in English: the first found was the Polish
        // home page's new quiz and the English home page's old one.
        List<ContentDocument> published = List.of(
                quiz("en", "is-it-time-to-fire-this-client", "2026-11-24", "fire-client-quiz"),
                quiz("en", "is-this-project-worth-taking", "2026-12-04", "accept-project-quiz"),
                quiz("pl", "test-czy-przyjac-projekt", "2026-12-04", "accept-project-quiz"),
                quiz("pl", "test-czy-rozstac-sie-z-klientem", "2026-11-24", "fire-client-quiz"));
        SmallProject project = SmallProject.in(dir);
        assertEquals("/en/is-this-project-worth-taking/", home(project, published, "en").quiz().url());
        assertEquals("/pl/test-czy-przyjac-projekt/", home(project, published, "pl").quiz().url());
    }
}
