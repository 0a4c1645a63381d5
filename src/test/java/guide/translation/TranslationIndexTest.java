package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Which page is the same page in another language: the same translationKey. */
class TranslationIndexTest {
    private final ContentDocument plAbout = TestDocument.article("pl", "o-nas").key("about").build();
    private final ContentDocument enAbout = TestDocument.article("en", "about").key("about").build();
    private final ContentDocument ukAbout = TestDocument.article("uk", "pro-nas").key("about").build();
    private final ContentDocument plOther = TestDocument.article("pl", "inny").key("other").build();

    @Test
    void versionsComeInTheConfiguredLanguageOrder() {
        TranslationIndex index = new TranslationIndex(List.of("pl", "en", "uk"), List.of(ukAbout, enAbout, plOther, plAbout));
        assertEquals(List.of(plAbout, enAbout, ukAbout), List.copyOf(index.versions(enAbout).values()));
        assertEquals(List.of("pl", "en", "uk"), List.copyOf(index.versions(ukAbout).keySet()));
        assertEquals(List.of(plOther), List.copyOf(index.versions(plOther).values()));
    }

    @Test
    void theSamePageInAnotherLanguageIfTranslated() {
        TranslationIndex index = new TranslationIndex(List.of("pl", "en"), List.of(plAbout, enAbout, plOther, ukAbout));
        assertSame(enAbout, index.in(plAbout, "en").orElseThrow());
        assertEquals(Optional.empty(), index.in(plOther, "en"));
        assertEquals(Optional.empty(), index.in(plAbout, "uk"), "a language that is not configured has no versions");
    }

    @Test
    void aSecondFileWithTheSameKeyAndLanguageDoesNotReplaceTheFirst() {
        ContentDocument again = TestDocument.article("pl", "o-nas-2").key("about").build();
        TranslationIndex index = new TranslationIndex(List.of("pl", "en"), List.of(plAbout, again));
        assertSame(plAbout, index.in(again, "pl").orElseThrow());
    }
}
