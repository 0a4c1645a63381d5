package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./guide translations: the table editors read, and the JSON other tools read. */
class ReportPrinterTest {
    private static final String BODY = "Akapit pierwszy.\n\nAkapit drugi.\n";

    private static ContentDocument pl(String key, String body) {
        return TestDocument.article("pl", key).title("Tytuł").body(body).build();
    }

    private static ContentDocument en(String key, ContentDocument stampedFrom) {
        return TestDocument.article("en", key).header(SourceRevision.KEY, SourceRevision.of("pl", stampedFrom.title(), stampedFrom.body()).toString())
                .build();
    }

    /** Every state once: about current, advance missing, draft-key draft, old orphaned, pricing outdated. */
    private static TranslationReport everyState() {
        ContentDocument about = pl("about", BODY);
        ContentDocument pricing = pl("pricing", BODY.replace("drugi", "drugi, dłuższy"));
        return TranslationReport.of(List.of("pl", "en"), "pl", List.of(about, en("about", about), pl("advance", BODY),
                pl("draft-key", BODY), TestDocument.article("en", "draft-key").draft().build(), en("old", pl("old", BODY)),
                pricing, en("pricing", pl("pricing", BODY))), true);
    }

    /**
     * The table in key order; then what to do, most urgent first as the dashboard lists it (outdated, missing, orphaned,
     * draft), however the keys sort; here without the source's history (no project), which the report says.
     */
    @Test
    void theTableHasAColumnPerLanguageThenWhatToDoAboutEachPageMostUrgentFirstThenASummary() {
        assertEquals("""
                key        pl         en
                about      source     current
                advance    source     missing
                draft-key  source     draft
                old        gone       orphaned
                pricing    source     outdated

                content/en/pricing.md: outdated, the source has changed since the stamp (content/pl/pricing.md)
                    ~ edited: Akapit drugi, dłuższy.
                    (edited text shown as it is now, from the beginning: its earlier version is not in the project's git history, \
                so the changes cannot be marked)
                    after review: ./guide translations stamp content/en/pricing.md
                en missing: advance (source content/pl/advance.md); start it with ./guide translate content/pl/advance.md --to en --name NAME\
                 (NAME: the new page's address, in English: the title's words in the letters a to z, joined by hyphens)
                content/en/old.md: orphaned, its pl source is gone
                    delete it, or give it the translationKey of the page it translates
                content/en/draft-key.md: draft, not published yet (translation of content/pl/draft-key.md); set status=published when it is ready

                5 keys: 4 source, 1 current, 1 outdated, 1 missing, 1 orphaned, 1 draft
                """, ReportPrinter.table(everyState()));
    }

    /**
     * A Ukrainian editor who names a page in the title's own words (як-призначити-ціну) has {@code ./guide translate} refuse
     * it, since an address is in the letters a to z: the report asks for those letters in the first place.
     */
    @Test
    void theNameAskedForANewPageIsInTheLettersAnAddressUses() {
        String table = ReportPrinter.table(TranslationReport.of(List.of("pl", "uk"), "pl", List.of(pl("pricing", BODY)), true));
        assertTrue(table.contains("--to uk --name NAME (NAME: the new page's address, in Ukrainian: the title's words in the letters a to z,"
                + " joined by hyphens)\n"), table);
    }

    @Test
    void whenAllIsCurrentTheTableIsFollowedByTheSummaryOnly() {
        ContentDocument a = pl("a", BODY);
        assertEquals("""
                key  pl         en
                a    source     current

                1 keys: 1 source, 1 current
                """, ReportPrinter.table(TranslationReport.of(List.of("pl", "en"), "pl", List.of(a, en("a", a)), true)));
    }

    @Test
    void aDraftInTheSourceLanguageIsNotCalledATranslation() {
        ContentDocument draft = TestDocument.article("pl", "new").draft().build();
        String table = ReportPrinter.table(TranslationReport.of(List.of("pl"), "pl", List.of(draft), true));
        assertEquals("""
                key  pl
                new  draft

                content/pl/new.md: draft, not published yet; set status=published when it is ready

                1 keys: 1 draft
                """, table);
    }

    @Test
    void changesAreDescribedWithShortExcerpts() {
        assertEquals("added: ## Kontakt", ReportPrinter.describe(new SourceChange(SourceChange.Kind.ADDED, "## Kontakt")));
        assertEquals("edited: Tekst.", ReportPrinter.describe(new SourceChange(SourceChange.Kind.EDITED, "Tekst.")));
        assertEquals("removed a block after: # Tytuł", ReportPrinter.describe(new SourceChange(SourceChange.Kind.REMOVED, "# Tytuł")));
        assertEquals("removed a block at the start", ReportPrinter.describe(new SourceChange(SourceChange.Kind.REMOVED, "")));
        String exactly72 = "a".repeat(72);
        assertEquals("added: " + exactly72, ReportPrinter.describe(new SourceChange(SourceChange.Kind.ADDED, exactly72)));
        assertEquals("added: " + "a".repeat(71) + "…", ReportPrinter.describe(new SourceChange(SourceChange.Kind.ADDED, "a".repeat(73))));
        assertEquals("edited: " + "a".repeat(70) + "…", ReportPrinter.describe(new SourceChange(SourceChange.Kind.EDITED, "a".repeat(70) + " " + "b".repeat(9))));
    }

    @Test
    void summaryChangesAreNamedAsTheSummary() throws Exception {
        SourceChange edited = new SourceChange(SourceChange.Kind.EDITED, "Nowe podsumowanie.", SourceChange.Part.SUMMARY);
        assertEquals("changed the summary: Nowe podsumowanie.", ReportPrinter.describe(edited));
        assertEquals("added a summary: " + "a".repeat(71) + "…",
                ReportPrinter.describe(new SourceChange(SourceChange.Kind.ADDED, "a".repeat(73), SourceChange.Part.SUMMARY)));
        assertEquals("removed the summary", ReportPrinter.describe(new SourceChange(SourceChange.Kind.REMOVED, "", SourceChange.Part.SUMMARY)));
        ContentDocument source = TestDocument.article("pl", "o-nas").key("about").header("summary", "Stare.").build();
        ContentDocument translation = TestDocument.article("en", "about").header(SourceRevision.KEY, SourceRevision.of(source).toString()).build();
        ContentDocument changed = TestDocument.article("pl", "o-nas").key("about").header("summary", "Nowe.").build();
        JSONObject root = (JSONObject) new JSONParser().parse(ReportPrinter.json(TranslationReport.of(List.of("pl", "en"), "pl", List.of(changed, translation), true)));
        JSONObject en = (JSONObject) ((JSONObject) ((JSONObject) ((JSONArray) root.get("keys")).get(0)).get("languages")).get("en");
        JSONObject change = (JSONObject) ((JSONArray) en.get("changes")).get(0);
        assertEquals(Map.of("change", "edited", "part", "summary", "text", "Nowe."), change);
    }

    @Test
    void theJsonHasEveryKeyAndLanguageWithFilesNotesAndChanges() throws Exception {
        JSONObject root = (JSONObject) new JSONParser().parse(ReportPrinter.json(everyState()));
        assertEquals(List.of("pl", "en"), root.get("languages"));
        JSONArray keys = (JSONArray) root.get("keys");
        assertEquals(5, keys.size());
        JSONObject pricing = (JSONObject) keys.get(4);
        assertEquals("pricing", pricing.get("key"));
        JSONObject languages = (JSONObject) pricing.get("languages");
        JSONObject source = (JSONObject) languages.get("pl");
        assertEquals("source", source.get("status"));
        assertEquals("content/pl/pricing.md", source.get("file"));
        assertFalse(source.containsKey("note"), "no empty note");
        assertFalse(source.containsKey("changes"), "no empty list of changes");
        JSONObject outdated = (JSONObject) languages.get("en");
        assertEquals("outdated", outdated.get("status"));
        assertEquals("content/en/pricing.md", outdated.get("file"));
        assertEquals("content/pl/pricing.md", outdated.get("source"));
        assertEquals("the source has changed since the stamp", outdated.get("note"));
        JSONObject change = (JSONObject) ((JSONArray) outdated.get("changes")).get(0);
        assertEquals("edited", change.get("change"));
        assertEquals("Akapit drugi, dłuższy.", change.get("text"));
        JSONObject missing = (JSONObject) ((JSONObject) ((JSONObject) keys.get(1)).get("languages")).get("en");
        assertEquals("missing", missing.get("status"));
        assertNull(missing.get("file"));
        assertEquals("content/pl/advance.md", missing.get("source"));
        JSONObject orphaned = (JSONObject) ((JSONObject) ((JSONObject) keys.get(3)).get("languages")).get("en");
        assertNull(orphaned.get("source"));
    }

    /**
     * Each place's {@code "status"} is the word the table shows for it: a deleted source's place is "gone", as in the table,
     * not "missing" (there is no translation to start there), so a tool that counts missing translations counts what the
     * report and the dashboard count.
     */
    @Test
    void theJsonGivesEachPlaceTheStateTheTableShows() throws Exception {
        JSONObject root = (JSONObject) new JSONParser().parse(ReportPrinter.json(everyState()));
        StringBuilder states = new StringBuilder();
        for (Object key : (JSONArray) root.get("keys")) {
            JSONObject languages = (JSONObject) ((JSONObject) key).get("languages");
            states.append(((JSONObject) key).get("key")).append(": ").append(((JSONObject) languages.get("pl")).get("status"))
                    .append(' ').append(((JSONObject) languages.get("en")).get("status")).append('\n');
        }
        assertEquals("""
                about: source current
                advance: source missing
                draft-key: source draft
                old: gone orphaned
                pricing: source outdated
                """, states.toString());
    }

    /** A note about the stamp's line (an unreadable stamp) gives that line for a tool to point at; other states give none. */
    @Test
    void theJsonGivesTheLineOfAStampNotInItsFormAndNoLineOtherwise() throws Exception {
        ContentDocument about = pl("about", BODY);
        ContentDocument unreadable = TestDocument.article("en", "about").header(SourceRevision.KEY, "pl 0123456789zz").build();
        JSONObject root = (JSONObject) new JSONParser().parse(ReportPrinter.json(TranslationReport.of(List.of("pl", "en"), "pl", List.of(about, unreadable), true)));
        JSONObject languages = (JSONObject) ((JSONObject) ((JSONArray) root.get("keys")).get(0)).get("languages");
        JSONObject en = (JSONObject) languages.get("en");
        assertEquals("outdated", en.get("status"));
        assertEquals(8L, en.get("line"), "the stamp is the file's eighth line, after the seven header lines TestDocument writes");
        assertFalse(((JSONObject) languages.get("pl")).containsKey("line"), "the source's state is about no line");
    }

    /** An unreadable stamp is a translation to review against its source, not a copy still to translate. */
    @Test
    void aTranslationWithAnUnreadableStampIsToBeReviewedThenStamped() {
        ContentDocument about = pl("about", BODY);
        ContentDocument unreadable = TestDocument.article("en", "about").header(SourceRevision.KEY, "pl 0123456789zz").build();
        String table = ReportPrinter.table(TranslationReport.of(List.of("pl", "en"), "pl", List.of(about, unreadable), true));
        assertTrue(table.contains("""
                content/en/about.md:8: outdated, unreadable stamp, its hash '0123456789zz' is not 12 hex digits (content/pl/about.md)
                    after review: ./guide translations stamp content/en/about.md
                """), table);
    }

    @Test
    void theSummaryCountsKeysAndStates() {
        assertEquals("5 keys: 4 source, 1 current, 1 outdated, 1 missing, 1 orphaned, 1 draft", ReportPrinter.summary(everyState()));
    }
    /**
     * Two published translations that are still their sources' text, word for word: the current one is named after the pages
     * to act on, with the build's warning and the line it is at; the summary counts them, as the table still calls one current.
     */
    @Test
    void publishedCopiesAreNamedAndCountedThoughTheirStampIsCurrent() {
        String body = "Klient, który nie płaci na czas, kosztuje więcej.\n\nZapisz terminy i kwoty przed rozmową.\n";
        ContentDocument late = TestDocument.article("pl", "late").key("late").body(body).build();
        ContentDocument dates = TestDocument.article("pl", "dates").key("dates").body(body).build();
        TranslationReport report = TranslationReport.of(List.of("pl", "en"), "pl", List.of(late, dates,
                TestDocument.article("en", "late").key("late").body(body).header(SourceRevision.KEY, SourceRevision.of("pl", late.title(), late.body())
                        .toString()).build(),
                TestDocument.article("en", "dates").key("dates").body(body.replace("Zapisz terminy i kwoty przed rozmową.", "Write the dates down."))
                        .header(SourceRevision.KEY, SourceRevision.of("pl", dates.title(), dates.body()).toString()).build()), true);
        String table = ReportPrinter.table(report, AboutPageName.NONE, GitHistory.UNKNOWN, UnreadTranslations.NONE, CopiedTranslations.of(report));
        assertTrue(table.contains("\ncontent/en/dates.md:10: current, but 1 of 2 passages of the text is still copied word for word from its"
                + " source, content/pl/dates.md: translate it, or keep the page a draft (status=draft) until then\n"
                + "content/en/late.md:10: current, but both passages of the text are still copied"), table);
        assertTrue(table.endsWith("\n2 keys: 2 source, 2 current; 2 published translations still copied from their sources\n"), table);
    }
}
