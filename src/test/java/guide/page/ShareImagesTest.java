package guide.page;

import guide.i18n.UiStrings;
import guide.image.SocialImage;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which picture a page is shared with: its card, the article's own picture, or none. */
class ShareImagesTest {
    @TempDir
    Path dir;

    @Test
    void aPageIsSharedWithItsCardNamingTitleGuideAndLanguage() {
        SmallProject project = SmallProject.in(dir);
        SocialImage card = new ShareImages(project.config(), project.ui(), Map.of()).of("pl/wycena/index.html", "Wycena", "pl");
        assertEquals("https://example.org/pl/wycena/card.png", card.url());
        assertEquals(1200, card.width());
        assertEquals(630, card.height());
        assertEquals("Wycena", card.card().title());
        assertEquals("Przewodnik", card.card().siteName());
        assertEquals("Polski", card.card().language());
        assertEquals("Wycena \u2013 Przewodnik", card.alt());
    }

    /** With the dashes rule on, the dash joining the title to the guide's name keeps off a line's start, as the title's own does. */
    @Test
    void theCardsAltTextIsTypesetInItsLanguage() {
        SmallProject project = SmallProject.in(dir).properties("\nsite.language.pl.typography=single-letter-words,dashes\n");
        SocialImage card = new ShareImages(project.config(), project.ui(), Map.of()).of("pl/wycena/index.html", "Wycena w\u00a0tydzie\u0144", "pl");
        assertEquals("Wycena w\u00a0tydzie\u0144\u00a0\u2013 Przewodnik", card.alt());
    }

    /** An article's own picture's alt text ({@code imageAlt=}) goes to {@code og:image:alt} by its language's rules too, as the card's does. */
    @Test
    void anArticlesOwnPicturesAltTextIsTypesetInItsLanguage() {
        SmallProject project = SmallProject.in(dir).properties("\nsite.language.pl.typography=single-letter-words,dashes\n");
        SocialImage own = new SocialImage("https://example.org/images/desk-1200w.jpg", 1200, 800, "Biurko w domu \u2013 i laptop", null);
        SocialImage shared = new ShareImages(project.config(), project.ui(), Map.of("pl/wycena/index.html", own)).of("pl/wycena/index.html", "Wycena", "pl");
        assertEquals("Biurko w\u00a0domu\u00a0\u2013 i\u00a0laptop", shared.alt());
        assertEquals(own.url(), shared.url());
    }

    @Test
    void theRootPagesCardNamesEveryLanguageAndAHomePageItsTagline() {
        SmallProject project = SmallProject.in(dir);
        ShareImages shares = new ShareImages(project.config(), project.ui(), Map.of());
        assertEquals("Polski \u00b7 English", shares.ofRoot("index.html", "Przewodnik \u00b7 The Guide").card().language());
        assertEquals("How to work with clients", shares.of("en/index.html", "The Guide", "en").card().title());
    }

    @Test
    void aNotFoundPageHasACardAndAFileThatIsNoPageHasNone() {
        SmallProject project = SmallProject.in(dir);
        ShareImages shares = new ShareImages(project.config(), project.ui(), Map.of());
        assertEquals("https://example.org/pl/404-card.png", shares.of("pl/404.html", "Nie ma takiej strony", "pl").url());
        assertNull(shares.of("pl/feed.xml", "Feed", "pl"));
    }

    @Test
    void anArticlesOwnPictureWinsAndStaysWhenCardsAreOff() {
        SmallProject project = SmallProject.in(dir).properties("\nsite.socialCards=false\n");
        SiteConfig config = project.config();
        UiStrings ui = project.ui();
        SocialImage own = new SocialImage("https://example.org/images/desk-1200w.jpg", 1200, 800, "A desk", null);
        ShareImages shares = new ShareImages(config, ui, Map.of("pl/wycena/index.html", own));
        assertEquals(own, shares.of("pl/wycena/index.html", "Wycena", "pl"));
        assertNull(shares.of("pl/inny/index.html", "Inny", "pl"), "cards off: a page without its own picture has none");
    }
}
