package guide.page;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language switch lands on the same page in the other language, or says there is none yet and offers that language's home page. */
class LanguageSwitchTest {
    @TempDir
    Path dir;

    @Test
    void aTranslatedPageSwitchesToItsTranslation() {
        SmallProject project = SmallProject.in(dir);
        ContentDocument pl = TestDocument.article("pl", "o-nas").key("about").build();
        ContentDocument en = TestDocument.article("en", "about").key("about").build();
        ContentDocument plOnly = TestDocument.article("pl", "zaliczka").build();
        var config = project.config();
        LanguageSwitch languageSwitch = new LanguageSwitch(config, new TranslationIndex(config.languages(), List.of(pl, en, plOnly)), project.ui());
        assertEquals(List.of(new SwitchOption("en", "English", "/en/about/", true, null, null)), languageSwitch.of(pl));
        assertEquals(List.of(new SwitchOption("pl", "Polski", "/pl/o-nas/", true, null, null)), languageSwitch.of(en));
        assertEquals(List.of(new SwitchOption("en", "English", "/en/", false, "Tej strony nie ma jeszcze po angielsku.",
                "Go to the English home page")), languageSwitch.of(plOnly), "the note in the page's language, the link in the other's");
    }

    @Test
    void pagesTheBuildMakesGiveTheirAddressInEachLanguage() {
        SmallProject project = SmallProject.in(dir);
        LanguageSwitch languageSwitch = new LanguageSwitch(project.config(), new TranslationIndex(List.of("pl", "en"), List.of()), project.ui());
        assertEquals(List.of(new SwitchOption("pl", "Polski", "/pl/artykuly/2/", true, null, null)),
                languageSwitch.options("en", lang -> "/" + lang + "/artykuly/2/"));
        assertEquals(List.of(new SwitchOption("pl", "Polski", "/pl/", false, "This page is not available in Polish yet.",
                "Przejdź na stronę główną po polsku")), languageSwitch.options("en", lang -> null));
    }

    /** A reader in the section "Price" of the Polish page lands on it in the English one: the switch names the translation's sections. */
    @Test
    void theSwitchToATranslationNamesItsSectionsIds() {
        SmallProject project = SmallProject.in(dir);
        ContentDocument pl = TestDocument.article("pl", "wycena").key("pricing").body("## Cena {#price}\n\nText.\n").build();
        ContentDocument en = TestDocument.article("en", "pricing").key("pricing").body("## Price {#price}\n\n### Terms {.note #terms}\n\n## Other\n").build();
        var config = project.config();
        LanguageSwitch languageSwitch = new LanguageSwitch(config, new TranslationIndex(config.languages(), List.of(pl, en)), project.ui());
        assertEquals(List.of(new SwitchOption("en", "English", "/en/pricing/", true, null, null, List.of("price", "terms"))), languageSwitch.of(pl));
    }
}
