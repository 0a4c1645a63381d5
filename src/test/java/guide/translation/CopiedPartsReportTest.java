package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Published translations still their source's, in the table and the JSON of {@code ./guide translations}, on a report in
 * memory (as {@link CopiedTranslationReportTest} has the command find them in a copy of the test site): a current copy named
 * at the lines the build warns of, an outdated one with "! line" under what changed, and both counted after the summary.
 */
class CopiedPartsReportTest {
    private static final String BODY = "Klient, który nie płaci na czas, kosztuje więcej.\n\nZapisz terminy i kwoty przed rozmową.\n";
    private static final String TRANSLATED = "A client who pays late costs more.\n\nWrite down the dates and sums before you talk.\n";
    private static final Function<String, String> NAMES = Map.of("pl", "Polish", "en", "English")::get;

    private static ContentDocument pl(String key, String body, String... tags) {
        return TestDocument.article("pl", key).body(body).tags(tags).build();
    }

    /** An English page of {@code key} stamped with {@code stampedFrom} as it is, holding {@code body} and {@code tags}. */
    private static ContentDocument en(String key, ContentDocument stampedFrom, String body, String... tags) {
        return TestDocument.article("en", key).body(body).tags(tags)
                .header(SourceRevision.KEY, SourceRevision.of("pl", stampedFrom.title(), stampedFrom.body()).toString()).build();
    }

    /** late: a current copy with its source's tag; notes: outdated, its text still the source's as it was stamped. */
    private static TranslationReport copies() {
        ContentDocument late = pl("late", BODY, "umowy");
        return TranslationReport.of(List.of("pl", "en"), "pl", List.of(late, en("late", late, BODY, "umowy"),
                pl("notes", BODY + "\nNowy akapit dopisany po tłumaczeniu strony.\n"), en("notes", pl("notes", BODY), BODY)), true);
    }

    private static String table(TranslationReport report) {
        return ReportPrinter.table(report, AboutPageName.NONE, GitHistory.UNKNOWN, UnreadTranslations.NONE, CopiedTranslations.of(report),
                UntranslatedTags.of(report, NAMES));
    }

    @Test
    void aCopyIsNamedAtItsLinesAnOutdatedOneUnderWhatChangedAndBothAreCounted() {
        TranslationReport report = copies();
        String table = table(report);
        assertTrue(table.contains("\ncontent/en/late.md:11: current, but both passages of the text are still copied word for word"
                + " from its source, content/pl/late.md: translate them, or keep the page a draft (status=draft) until then\n"
                + "content/en/late.md:8: current, but the tag umowy is still its Polish source's (content/pl/late.md), and no other English"
                + " page has it"), table);
        assertTrue(table.contains("\n    ! line 11: both passages of the text are still copied word for word from its source, content/pl/notes.md:"
                + " translate them, or keep the page a draft (status=draft) until then\n"), table);
        assertTrue(table.endsWith("\n2 keys: 2 source, 1 current, 1 outdated; 2 published translations still copied from their sources;"
                + " 1 published translation with its source's tags\n"), table);
    }

    @Test
    void oneCopyAndTwoPagesWithTheirSourcesTagsAreCountedSo() {
        ContentDocument late = pl("late", BODY, "umowy");
        ContentDocument deal = pl("deal", BODY.replace("więcej", "dużo"), "faktury");
        String table = table(TranslationReport.of(List.of("pl", "en"), "pl", List.of(late, en("late", late, BODY, "umowy"), deal,
                en("deal", deal, TRANSLATED, "faktury")), true));
        assertTrue(table.endsWith("\n2 keys: 2 source, 2 current; 1 published translation still copied from its source;"
                + " 2 published translations with their sources' tags\n"), table);
    }

    @Test
    void theJsonGivesACopysLinesAndWarnings() throws Exception {
        TranslationReport report = copies();
        JSONObject root = (JSONObject) new JSONParser().parse(ReportPrinter.json(report, UnreadTranslations.NONE, CopiedTranslations.of(report),
                UntranslatedTags.of(report, NAMES)));
        JSONObject late = (JSONObject) ((JSONObject) ((JSONObject) ((JSONArray) root.get("keys")).get(0)).get("languages")).get("en");
        assertEquals("current", late.get("status"), "its stamp is right: its text is not");
        JSONObject untranslated = (JSONObject) late.get("untranslated");
        assertEquals(11L, untranslated.get("line"), "the text's first line: its summary is too short to count");
        assertTrue(untranslated.get("warning").toString().startsWith("both passages of the text are still copied"), late.toString());
        JSONObject tags = (JSONObject) late.get("untranslatedTags");
        assertEquals(8L, tags.get("line"));
        assertEquals(List.of("umowy"), tags.get("tags"));
        assertTrue(tags.get("warning").toString().startsWith("the tag umowy is still its Polish source's (content/pl/late.md)"), late.toString());

        JSONObject notes = (JSONObject) ((JSONObject) ((JSONObject) ((JSONArray) root.get("keys")).get(1)).get("languages")).get("en");
        assertEquals(11L, ((JSONObject) notes.get("untranslated")).get("line"));
        assertFalse(notes.containsKey("untranslatedTags"), "its tags line is empty: " + notes);
    }
}
