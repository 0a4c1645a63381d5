package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What of a published translation the report and the dashboard name as still its source's: its text, then its tags. */
class CopiedPartsTest {
    private static final String BODY = "Klient, który nie płaci na czas, kosztuje więcej.\n";

    @Test
    void theTextThenTheTagsEachAtItsLine() {
        ContentDocument source = TestDocument.article("pl", "late").tags("klienci").body(BODY).build();
        ContentDocument copy = TestDocument.article("en", "late").tags("klienci").body(BODY)
                .header(SourceRevision.KEY, SourceRevision.of("pl", source.title(), source.body()).toString()).build();
        TranslationReport report = TranslationReport.of(List.of("pl", "en"), "pl", List.of(source, copy), false);
        CopiedParts parts = new CopiedParts(CopiedTranslations.of(report), UntranslatedTags.of(report, Map.of("pl", "Polish", "en", "English")::get));
        TranslationState english = report.byKey().get("late").get("en");
        List<UntranslatedText.Copy> found = parts.of(english);
        assertEquals(List.of(11, 8), found.stream().map(UntranslatedText.Copy::line).toList(), found.toString());
        assertTrue(found.get(0).text().startsWith("the text is still copied word for word from its source"), found.toString());
        assertTrue(found.get(1).text().startsWith("the tag klienci is still its Polish source's"), found.toString());
        assertEquals(List.of(), new CopiedParts(CopiedTranslations.NONE, UntranslatedTags.NONE).of(english));
        assertEquals(List.of(), parts.of(report.byKey().get("late").get("pl")), "a source is no copy");
    }

    @Test
    void bothAreNeeded() {
        assertThrows(NullPointerException.class, () -> new CopiedParts(null, UntranslatedTags.NONE));
        assertThrows(NullPointerException.class, () -> new CopiedParts(CopiedTranslations.NONE, null));
    }
}
