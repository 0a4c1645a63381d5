package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table and the JSON of {@code ./guide translations} where pages cannot be read, on a report and unreadable pages given in
 * memory (as {@link UnreadTranslationReportTest} has the command find them in a project): a translation that exists but cannot
 * be read is "unreadable", with its file and why, not missing; one whose source cannot be read is "unknown", not orphaned; a
 * missing one is named with the pages of its language whose key cannot be read, any of which may be it.
 */
class UnreadPagesReportTest {
    private static final String SOURCE_PROBLEM = "content/pl/o-przewodniku.md:11: not valid UTF-8";
    private static final String TRANSLATION_PROBLEM = "content/en/second.md:12: not valid UTF-8";
    private static final String KEYLESS_PROBLEM = "content/en/broken.md:1: no header found";

    private static ContentDocument en(String key, ContentDocument stampedFrom) {
        return TestDocument.article("en", key).header(SourceRevision.KEY, SourceRevision.of("pl", stampedFrom.title(), stampedFrom.body()).toString())
                .build();
    }

    /** about: its Polish source unreadable; old: its source deleted; second: its English translation unreadable; third: missing. */
    private static TranslationReport report() {
        return TranslationReport.of(List.of("pl", "en"), "pl", List.of(en("about", TestDocument.article("pl", "about").build()),
                en("old", TestDocument.article("pl", "old").build()), TestDocument.article("pl", "second").build(),
                TestDocument.article("pl", "third").build()), true);
    }

    private static UnreadTranslations unread() {
        return new UnreadTranslations(List.of(new UnreadTranslations.Page("content/pl/o-przewodniku.md", "pl", "about", List.of(SOURCE_PROBLEM)),
                new UnreadTranslations.Page("content/en/second.md", "en", "second", List.of(TRANSLATION_PROBLEM)),
                new UnreadTranslations.Page("content/en/broken.md", "en", null, List.of(KEYLESS_PROBLEM))));
    }

    @Test
    void theTableShowsUnreadableAndUnknownPlacesAndSaysWhatToFix() {
        String table = ReportPrinter.table(report(), AboutPageName.NONE, GitHistory.UNKNOWN, unread());
        assertTrue(table.startsWith("""
                key     pl          en
                about   unreadable  unknown
                old     gone        orphaned
                second  source      unreadable
                third   source      missing
                """), table);
        assertTrue(table.contains("\nen unreadable: second (source content/pl/second.md): content/en/second.md is this translation but cannot be read,"
                + " so its state is unknown: fix the file rather than start a new translation:\n    " + TRANSLATION_PROBLEM + "\n"), table);
        assertFalse(table.contains("translate content/pl/second.md"), "not a translation to start: " + table);
        assertTrue(table.contains("\ncontent/en/about.md: its source content/pl/o-przewodniku.md cannot be read, so this translation looks orphaned;"
                + " fix the source rather than delete this page:\n    " + SOURCE_PROBLEM + "\n"), table);
        assertTrue(table.contains("\ncontent/en/old.md: orphaned, its pl source is gone\n    delete it, or give it the translationKey of the page it"
                + " translates\n"), table);
        assertTrue(table.contains("\nen missing: third (source content/pl/third.md); start it with "), table);
        assertTrue(table.contains(" joined by hyphens)\n    content/en/broken.md cannot be read and may be this translation (if it is, fix it rather"
                + " than start a new one): " + KEYLESS_PROBLEM + "\n"), table);
        assertTrue(table.endsWith("\n\n4 keys: 2 source, 1 missing, 2 unreadable, 1 unknown, 1 orphaned\n"), table);
    }

    @Test
    void theJsonGivesEachUnreadablePageItsFileAndProblems() throws Exception {
        JSONObject keys = new JSONObject();
        for (Object key : (JSONArray) ((JSONObject) new JSONParser().parse(ReportPrinter.json(report(), unread()))).get("keys")) {
            keys.put(((JSONObject) key).get("key"), ((JSONObject) key).get("languages"));
        }
        JSONObject about = (JSONObject) keys.get("about");
        JSONObject unknown = (JSONObject) about.get("en");
        assertEquals("unknown", unknown.get("status"));
        assertEquals("content/en/about.md", unknown.get("file"), "its own file, not its source's");
        assertEquals("its source cannot be read: fix the source rather than delete this page", unknown.get("note"));
        assertEquals(page("content/pl/o-przewodniku.md", SOURCE_PROBLEM), unknown.get("sourceUnreadable"));
        assertFalse(unknown.containsKey("problems"), unknown.toString());
        JSONObject source = (JSONObject) about.get("pl");
        assertEquals("unreadable", source.get("status"));
        assertEquals("content/pl/o-przewodniku.md", source.get("file"));
        assertEquals(List.of(SOURCE_PROBLEM), source.get("problems"));
        assertFalse(source.containsKey("sourceUnreadable"), "the unreadable source is not its own source: " + source);

        JSONObject translation = (JSONObject) ((JSONObject) keys.get("second")).get("en");
        assertEquals("unreadable", translation.get("status"));
        assertEquals("content/en/second.md", translation.get("file"));
        assertEquals(List.of(TRANSLATION_PROBLEM), translation.get("problems"));
        assertFalse(translation.containsKey("mayBe"), "its page is known: " + translation);

        JSONObject missing = (JSONObject) ((JSONObject) keys.get("third")).get("en");
        assertEquals("missing", missing.get("status"));
        assertEquals(List.of(page("content/en/broken.md", KEYLESS_PROBLEM)), missing.get("mayBe"));
        JSONObject gone = (JSONObject) ((JSONObject) keys.get("old")).get("pl");
        assertEquals("gone", gone.get("status"));
        for (String unsaid : List.of("problems", "sourceUnreadable", "mayBe")) {
            assertFalse(gone.containsKey(unsaid), "nothing unreadable to say of it: " + gone);
        }
    }

    private static JSONObject page(String file, String problem) {
        JSONObject page = new JSONObject();
        page.put("file", file);
        page.put("problems", List.of(problem));
        return page;
    }
}
