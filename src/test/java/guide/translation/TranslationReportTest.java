package guide.translation;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.content.TestDocument;
import guide.site.SmallProject;
import guide.translation.TranslationState.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where every page stands in every language, as ./guide translations reports it. */
class TranslationReportTest {
    private static final List<String> LANGUAGES = List.of("pl", "en");
    private static final String PL_BODY = "Akapit pierwszy.\n\n## Krok\n\nAkapit drugi.\n";

    private static ContentDocument pl(String key) {
        return TestDocument.article("pl", key).title("Tytuł").body(PL_BODY).build();
    }

    /** A translation stamped from {@code source} as it is now. */
    private static ContentDocument stampedFrom(ContentDocument source, String key) {
        return TestDocument.article("en", key).header(SourceRevision.KEY, SourceRevision.of(source).toString()).build();
    }

    private static Map<String, String> statuses(TranslationReport report) {
        Map<String, String> words = new LinkedHashMap<>();
        report.byKey().forEach((key, states) -> states.forEach((lang, state) -> words.put(key + "/" + lang, state.status().word())));
        return words;
    }

    @Test
    void aTranslationStampedWithTheSourceAsItIsIsCurrent() {
        ContentDocument source = pl("about");
        ContentDocument translation = stampedFrom(source, "about");
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(translation, source), true);
        assertEquals(Map.of("about/pl", "source", "about/en", "current"), statuses(report));
        TranslationState state = report.stateOf(translation).orElseThrow();
        assertSame(source, state.source());
        assertSame(translation, state.document());
        assertEquals("", state.note());
        assertSame(source, report.stateOf(source).orElseThrow().document());
    }

    @Test
    void aChangedSourceMakesItOutdatedWithWhatChanged() {
        ContentDocument stamped = pl("pricing");
        ContentDocument translation = stampedFrom(stamped, "pricing");
        ContentDocument source = TestDocument.article("pl", "pricing").title("Tytuł").body(PL_BODY.replace("drugi", "drugi, dłuższy")).build();
        TranslationState state = TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), true).stateOf(translation).orElseThrow();
        assertEquals(Status.OUTDATED, state.status());
        assertEquals("the source has changed since the stamp", state.note());
        assertEquals(List.of(new SourceChange(SourceChange.Kind.EDITED, "Akapit drugi, dłuższy.")), state.changes());

        TranslationState quick = TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), false).stateOf(translation).orElseThrow();
        assertEquals(Status.OUTDATED, quick.status());
        assertEquals(List.of(), quick.changes(), "the build asks for the status only");
    }

    @Test
    void theCallersRevisionOfTheSourceIsTheOneCompared() {
        ContentDocument stamped = pl("pricing");
        ContentDocument translation = stampedFrom(stamped, "pricing");
        ContentDocument edited = TestDocument.article("pl", "pricing").title("Tytuł").body("Inny tekst.\n").build();
        List<ContentDocument> asked = new ArrayList<>();
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(edited, translation), true, doc -> {
            asked.add(doc);
            return SourceRevision.of("pl", "Tytuł", PL_BODY);
        });
        assertEquals(Status.CURRENT, report.stateOf(translation).orElseThrow().status(), "a remembered revision is trusted");
        assertEquals(List.of(edited), asked);
    }

    @Test
    void aTranslationWithoutAReadableStampIsOutdatedAndSaysWhy() {
        ContentDocument never = TestDocument.article("en", "never").build();
        ContentDocument unreadable = TestDocument.article("en", "bad").header(SourceRevision.KEY, "pl 123").build();
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(pl("never"), pl("bad"), never, unreadable), true);
        assertEquals("never stamped", report.stateOf(never).orElseThrow().note());
        assertEquals(Status.OUTDATED, report.stateOf(never).orElseThrow().status());
        assertEquals("unreadable stamp, its hash '123' is not 12 hex digits", report.stateOf(unreadable).orElseThrow().note());
        assertEquals(8, report.stateOf(unreadable).orElseThrow().line(), "the stamp's line, after the seven lines TestDocument writes");
        assertEquals(0, report.stateOf(never).orElseThrow().line());
        assertEquals(Status.OUTDATED, report.stateOf(unreadable).orElseThrow().status());
    }

    @Test
    void aCopyOfAnotherLanguagesTranslationIsNotCurrentThoughItsSourceIsUnchanged() {
        ContentDocument source = pl("home");
        String stamp = SourceRevision.of(source).toString();
        ContentDocument en = TestDocument.article("en", "home").header(SourceRevision.KEY, stamp + " to=en").build();
        ContentDocument de = TestDocument.article("de", "home").header(SourceRevision.KEY, stamp + " to=en").build();
        ContentDocument fr = TestDocument.article("fr", "home").header(SourceRevision.KEY, stamp + " to=it").build();
        TranslationReport report = TranslationReport.of(List.of("pl", "en", "de", "fr"), "pl", List.of(source, en, de, fr), true);
        assertEquals(Status.CURRENT, report.stateOf(en).orElseThrow().status());
        TranslationState copy = report.stateOf(de).orElseThrow();
        assertEquals(Status.OUTDATED, copy.status());
        assertEquals("not translated yet, copied from content/en/home.md (its stamp says to=en)", copy.note());
        assertEquals(8, copy.line());
        assertTrue(copy.copied());
        assertEquals("not translated yet, copied from another language's page (its stamp says to=it)", report.stateOf(fr).orElseThrow().note());
        assertFalse(report.stateOf(en).orElseThrow().copied());
        assertFalse(report.stateOf(source).orElseThrow().copied());
    }

    @Test
    void aStampForTheSourcesOwnLanguageNamesNoCopyAndAsksForAReview() {
        ContentDocument source = pl("not-found");
        ContentDocument en = TestDocument.article("en", "not-found").header(SourceRevision.KEY, SourceRevision.of(source) + " to=pl").build();
        TranslationState state = TranslationReport.of(LANGUAGES, "pl", List.of(source, en), true).stateOf(en).orElseThrow();
        assertEquals(Status.OUTDATED, state.status());
        assertEquals("its stamp is for pl (to=pl), the language of its source, not for en", state.note(),
                "the source carries no stamp, so no copy of it brought this one along");
        assertEquals(8, state.line());
        assertFalse(state.copied());
        assertTrue(table(source, en).contains("content/en/not-found.md:8: outdated, its stamp is for pl (to=pl), the language of its source,"
                + " not for en (content/pl/not-found.md)\n    after review: ./guide translations stamp content/en/not-found.md\n"), table(source, en));
    }

    @Test
    void aStampThatNamesItsOwnFileAsItsSourceDoesNotMakeItTheSource() {
        ContentDocument source = pl("not-found");
        String stamp = SourceRevision.of(source).to("en").toString().replaceFirst("^pl ", "en "); // sourceRevision=en … to=en, typed by hand
        ContentDocument en = TestDocument.article("en", "not-found").header(SourceRevision.KEY, stamp).build();
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(en, source), true); // content/en/ is read before content/pl/
        assertEquals(Map.of("not-found/pl", "source", "not-found/en", "outdated"), statuses(report),
                "the Polish original is not reported as a translation never stamped");
        TranslationState state = report.stateOf(en).orElseThrow();
        assertEquals("its stamp says it was translated from en (sourceRevision=en …), its own language, but its source is pl", state.note());
        assertFalse(state.copied());
        assertTrue(table(en, source).contains("content/en/not-found.md:8: outdated, its stamp says it was translated from en (sourceRevision=en …),"
                + " its own language, but its source is pl (content/pl/not-found.md)\n    after review: ./guide translations stamp content/en/not-found.md\n"),
                table(en, source));
    }

    @Test
    void missingOrphanedAndDraftVersions() {
        ContentDocument advance = pl("advance");
        ContentDocument orphan = stampedFrom(pl("old"), "old");
        ContentDocument draft = TestDocument.article("en", "soon").draft().build();
        ContentDocument soonSource = pl("soon");
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(advance, orphan, draft, soonSource), true);
        assertEquals(List.of("advance", "old", "soon"), List.copyOf(report.byKey().keySet()), "keys sorted");
        TranslationState missing = report.byKey().get("advance").get("en");
        assertEquals(Status.MISSING, missing.status());
        assertNull(missing.document());
        assertSame(advance, missing.source());
        assertEquals("", missing.note());
        TranslationState gone = report.byKey().get("old").get("pl");
        assertEquals(Status.MISSING, gone.status());
        assertEquals("the source is gone", gone.note());
        TranslationState orphaned = report.stateOf(orphan).orElseThrow();
        assertEquals(Status.ORPHANED, orphaned.status());
        assertNull(orphaned.source());
        assertEquals("its pl source is gone", orphaned.note());
        TranslationState drafted = report.stateOf(draft).orElseThrow();
        assertEquals(Status.DRAFT, drafted.status());
        assertSame(soonSource, drafted.source());
        assertEquals("not published yet", drafted.note());
    }

    @Test
    void theSourceIsTheStampsLanguageThenSourceLanguageThenTheDefaultThenTheOldest() {
        ContentDocument stampedFromEn = TestDocument.article("pl", "a").header(SourceRevision.KEY, "en 0123456789ab").build();
        ContentDocument enA = TestDocument.article("en", "a").build();
        ContentDocument plB = TestDocument.article("pl", "b").build();
        ContentDocument enB = TestDocument.article("en", "b").header(TranslationReport.SOURCE_LANGUAGE_KEY, "en").build();
        ContentDocument plC = TestDocument.article("pl", "c").date("2026-12-01").build();
        ContentDocument enC = TestDocument.article("en", "c").date("2025-01-01").build();
        ContentDocument enD = TestDocument.article("en", "d").date("2026-02-01").build();
        ContentDocument deD = TestDocument.article("de", "d").date("2026-01-01").build();
        ContentDocument enE = TestDocument.article("en", "e").build();
        ContentDocument deE = TestDocument.article("de", "e").build();
        TranslationReport report = TranslationReport.of(List.of("pl", "en", "de"), "pl",
                List.of(stampedFromEn, enA, plB, enB, plC, enC, enD, deD, deE, enE), true);
        Map<String, String> words = statuses(report);
        assertEquals("source", words.get("a/en"));
        assertEquals("source", words.get("b/en"));
        assertEquals("source", words.get("c/pl"), "the default language, although the English version is older");
        assertEquals("source", words.get("d/de"), "no default-language version: the oldest");
        assertEquals("source", words.get("e/en"), "equally old: the first in the configured order");
        assertEquals("outdated", words.get("e/de"));
    }

    @Test
    void countsAndQueriesOverAllStates() {
        ContentDocument source = pl("about");
        TranslationReport report = TranslationReport.of(LANGUAGES, "pl", List.of(source, stampedFrom(source, "about"), pl("advance")), true);
        assertEquals(LANGUAGES, report.languages());
        assertEquals(List.of("source", "current", "source", "missing"), report.all().stream().map(s -> s.status().word()).toList());
        Map<Status, Long> counts = new LinkedHashMap<>();
        counts.put(Status.SOURCE, 2L);
        counts.put(Status.CURRENT, 1L);
        counts.put(Status.MISSING, 1L);
        assertEquals(counts, report.counts());
        assertEquals(List.copyOf(counts.keySet()), List.copyOf(report.counts().keySet()), "in the order of the statuses");
        assertTrue(report.any(Set.of(Status.MISSING)));
        assertTrue(report.any(EnumSet.of(Status.ORPHANED, Status.CURRENT)));
        assertFalse(report.any(Set.of(Status.OUTDATED, Status.ORPHANED, Status.DRAFT)));
        assertTrue(report.stateOf(TestDocument.article("en", "elsewhere").build()).isEmpty());
    }
    @Test
    void theReportOfAProjectAsTheEditorsCommandsReadIt(@TempDir Path dir) throws Exception {
        SmallProject.in(dir).write("content/pl/o-nas.md", TestDocument.article("pl", "o-nas").key("about").fileText());
        TranslationReport report = TranslationReport.of(SiteContent.load(dir));
        assertEquals(List.of("pl", "en"), report.languages());
        assertEquals(Map.of("about/pl", "source", "about/en", "missing"), statuses(report));
    }
    private static ContentDocument plSummarised(String summary) {
        return TestDocument.article("pl", "about").title("Tytuł").body(PL_BODY).header("summary", summary).build();
    }

    private static String table(ContentDocument... docs) {
        return ReportPrinter.table(TranslationReport.of(LANGUAGES, "pl", List.of(docs), true));
    }

    @Test
    void aChangedSummaryMakesItOutdatedAndTheReportNamesIt() {
        ContentDocument translation = stampedFrom(plSummarised("Krótko o nas."), "about");
        ContentDocument source = plSummarised("Kim jesteśmy   i dlaczego piszemy.");
        TranslationState state = TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), true).stateOf(translation).orElseThrow();
        assertEquals(Status.OUTDATED, state.status(), "the summary is translated text: the English one is behind");
        assertEquals("the source has changed since the stamp", state.note());
        String table = table(source, translation);
        assertTrue(table.contains("content/en/about.md: outdated, the source has changed since the stamp (content/pl/about.md)\n"
                + "    ~ changed the summary: Kim jesteśmy i dlaczego piszemy.\n"
                + "    (edited text shown as it is now, from the beginning: its earlier version is not in the project's git history, so the changes"
                + " cannot be marked)\n"
                + "    after review: ./guide translations stamp content/en/about.md\n"), table);
    }

    /** The summary is read under the title: its change is listed after a change of the title, before the text's. */
    @Test
    void aChangedSummaryIsListedAfterTheTitleAndBeforeTheText() {
        ContentDocument stamped = plSummarised("Krótko o nas.");
        ContentDocument edited = TestDocument.article("pl", "about").title("Nowy tytuł").body(PL_BODY.replaceFirst("\\S+", "Inne"))
                .header("summary", "Dłużej o nas.").build();
        String table = table(edited, stampedFrom(stamped, "about"));
        int title = table.indexOf("Nowy tytuł");
        int summary = table.indexOf("changed the summary: Dłużej o nas.");
        int text = table.indexOf("Inne");
        assertTrue(title >= 0 && summary > title && text > summary, "title, then summary, then text: " + table);

        ContentDocument textOnly = TestDocument.article("pl", "about").title("Tytuł").body(PL_BODY.replaceFirst("\\S+", "Inne"))
                .header("summary", "Dłużej o nas.").build();
        String noTitle = table(textOnly, stampedFrom(stamped, "about"));
        assertTrue(noTitle.indexOf("changed the summary") < noTitle.indexOf("Inne"), "summary first when the title is as it was: " + noTitle);
    }

    @Test
    void aSummaryAddedOrRemovedSinceTheStampIsNamedToo() {
        ContentDocument without = plSummarised(null);
        ContentDocument with = plSummarised("Krótko o nas.");
        String added = table(with, stampedFrom(without, "about"));
        assertTrue(added.contains("    + added a summary: Krótko o nas.\n"), added);
        String removed = table(without, stampedFrom(with, "about"));
        assertTrue(removed.contains("    - removed the summary\n"), removed);
        assertTrue(table(without, stampedFrom(without, "about")).contains("1 current"), "no summary then, none now");
    }

    @Test
    void aStampWrittenBeforeTheSummaryWasTrackedStaysCurrentUntilTheTextChanges() {
        ContentDocument source = plSummarised("Summary edited after the stamp.");
        String old = "pl " + SourceRevision.of("pl", "Tytuł", PL_BODY).hash() + " " + String.join(" ", SourceRevision.of("pl", "Tytuł", PL_BODY).blocks());
        ContentDocument translation = TestDocument.article("en", "about").header(SourceRevision.KEY, old).build();
        assertEquals(Status.CURRENT, TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), true).stateOf(translation).orElseThrow().status(),
                "an old stamp says nothing about the summary");
        ContentDocument edited = TestDocument.article("pl", "about").title("Tytuł").body(PL_BODY.replace("drugi", "trzeci")).build();
        String table = table(edited, translation);
        assertTrue(table.contains("    ~ edited: Akapit trzeci.\n" + "    (edited text shown as it is now, from the beginning: its earlier version is not in the project's git history, so the changes"
                + " cannot be marked)\n" + "    after review"),
                "the body's changes, and no word of the summary (no project, so no history to show what changed in them): " + table);
    }

    /**
     * A stamp an XLIFF import wrote while the file still marked unchanged units to review: the translation is not current
     * (the translator has not confirmed them), and the report lists them, where they are (the summary after the title).
     */
    @Test
    void partsLeftToReviewKeepATranslationOutdatedAndAreListedInTheirPlace() {
        ContentDocument source = plSummarised("Krótko o nas.");
        List<String> blocks = SourceRevision.of(source).blocks(); // 0 "# Tytuł", 1 "Akapit pierwszy.", 2 "## Krok", 3 "Akapit drugi."
        SourceRevision stamp = SourceRevision.of(source).withReview(List.of(blocks.get(0), "summary", blocks.get(3))).to("en");
        ContentDocument translation = TestDocument.article("en", "about").header(SourceRevision.KEY, stamp.toString()).build();
        TranslationState state = TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), true).stateOf(translation).orElseThrow();
        assertEquals(Status.OUTDATED, state.status(), "though the source is as stamped");
        assertEquals("parts of it were still marked for review at the last XLIFF import", state.note());
        assertTrue(table(source, translation).contains("content/en/about.md: outdated, parts of it were still marked for review at the last XLIFF import (content/pl/about.md)\n"
                + "    ? still marked for review: # Tytuł\n"
                + "    ? summary still marked for review: Krótko o nas.\n"
                + "    ? still marked for review: Akapit drugi.\n"
                + "    after review: ./guide translations stamp content/en/about.md\n"), table(source, translation));
        String json = ReportPrinter.json(TranslationReport.of(LANGUAGES, "pl", List.of(source, translation), true));
        assertTrue(json.contains("{\"change\":\"review\",\"part\":\"summary\",\"text\":\"Krótko o nas.\"}"), json);
        assertTrue(json.contains("{\"change\":\"review\",\"text\":\"Akapit drugi.\"}"), json);
    }

    /** Changed blocks and blocks left to review in the source's order, under the note about the source's change. */
    @Test
    void aBlockLeftToReviewIsListedAmongTheChangesInItsPlace() {
        ContentDocument stamped = plSummarised("Krótko o nas.");
        SourceRevision stamp = SourceRevision.of(stamped).withReview(List.of(SourceRevision.of(stamped).blocks().get(1))).to("en");
        ContentDocument translation = TestDocument.article("en", "about").header(SourceRevision.KEY, stamp.toString()).build();
        ContentDocument source = TestDocument.article("pl", "about").title("Tytuł").body(PL_BODY.replace("drugi", "trzeci"))
                .header("summary", "Krótko o nas.").build();
        String table = table(source, translation);
        assertTrue(table.contains("content/en/about.md: outdated, the source has changed since the stamp (content/pl/about.md)\n"
                + "    ? still marked for review: Akapit pierwszy.\n"
                + "    ~ edited: Akapit trzeci.\n"), table);
        assertTrue(table(stamped, TestDocument.article("en", "about").header(SourceRevision.KEY, SourceRevision.of(stamped).to("en").toString()).build())
                .contains("1 current"), "the same stamp without the list is current");
    }

    /**
     * An edited block is shown against its text at the stamp, from the stamped version the history finds; the history is asked
     * only for a source with an edited block (an added one has no old text to look for).
     */
    @Test
    void anEditedBlocksOldTextComesFromTheStampedVersionFound(@TempDir Path dir) {
        ContentDocument stamped = pl("pricing");
        ContentDocument translation = stampedFrom(stamped, "pricing");
        List<ContentDocument> asked = new ArrayList<>();
        StampedSource.Lookup history = (source, stamp) -> {
            asked.add(source);
            return Optional.of(new StampedSource(SourceRevision.blocks(stamped.title(), stamped.body()), null));
        };
        SmallProject project = SmallProject.in(dir);
        ContentDocument edited = TestDocument.article("pl", "pricing").title("Tytuł").body(PL_BODY.replace("drugi.", "drugi, dłuższy.")).build();
        SourceChange change = TranslationReport.of(new SiteContent(project.config(), List.of(edited, translation), List.of()), history)
                .stateOf(translation).orElseThrow().changes().get(0);
        assertEquals(new SourceChange(SourceChange.Kind.EDITED, "Akapit drugi, dłuższy.", SourceChange.Part.BLOCK, "Akapit drugi."), change);
        assertEquals(List.of(edited), asked);

        asked.clear();
        ContentDocument added = TestDocument.article("pl", "pricing").title("Tytuł").body(PL_BODY + "\nAkapit trzeci.\n").build();
        assertEquals(SourceChange.Kind.ADDED, TranslationReport.of(new SiteContent(project.config(), List.of(added, translation), List.of()), history)
                .stateOf(translation).orElseThrow().changes().get(0).kind());
        assertEquals(List.of(), asked);
    }
}
