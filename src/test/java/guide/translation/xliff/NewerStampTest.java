package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.translation.SourceRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When an import refuses a file because the translation moved on since its export ({@link NewerStamp}), and what the refusal and the
 * note after a confirmed import say, without a project: the command-line tests (XliffNewerStampTest, XliffStampSinceExportTest,
 * XliffTextSinceExportTest) show the same on real files, too slowly for mutation testing.
 */
class NewerStampTest {
    private static final String TRANSLATION = "content/en/target.md";
    private static final ContentDocument OLDER = source("Pierwszy.\n\nStary.\n", "O czymś.");
    private static final ContentDocument EXPORTED = source("Pierwszy.\n\nDrugi.\n", "O czymś.");
    private static final ContentDocument NOW = source("Pierwszy.\n\nDrugi, zmieniony.\n", "O czymś.");
    private static final SourceRevision BEFORE = SourceRevision.of(OLDER).to("en");
    private static final SourceRevision DONE = SourceRevision.of(EXPORTED).to("en");
    private static final String TEXT = "First.\n\nSecond.\n";

    @TempDir
    Path project;

    private static ContentDocument source(String body, String summary) {
        return TestDocument.article("pl", "zrodlo").key("k").header("summary", summary).body(body).build();
    }

    private static ContentDocument translation(Object stamp, String body) {
        TestDocument doc = TestDocument.article("en", "target").key("k").body(body);
        return (stamp == null ? doc : doc.header(SourceRevision.KEY, stamp.toString())).build();
    }

    /** The file exported from {@link #EXPORTED}, recording the translation's stamp and text as they were then (empty: not recorded). */
    private static XliffFile file(Optional<String> stamp, Optional<ContentDocument> text) {
        return new XliffFile(Path.of("f.xlf"), 1, new XliffFile.LanguageLines(2, 2), "content/pl/zrodlo.md", "pl", "en", TRANSLATION, "k",
                SourceRevision.of(EXPORTED), null, List.of(), Set.of(), Map.of(), stamp, text.map(TranslationText::hash),
                Optional.empty(), Optional.empty());
    }

    private static XliffFile exportedFrom(ContentDocument translation) {
        return file(Optional.of(XliffExporter.stampAsWritten(translation)), Optional.of(translation));
    }

    private static Optional<NewerStamp> of(XliffFile file, ContentDocument source, ContentDocument translation) {
        return NewerStamp.of(file, source, Optional.of(translation), UnitCounterparts.once(file, source, Optional.of(translation)));
    }

    private static String refusal(NewerStamp newer) {
        return newer.refusal(file(Optional.empty(), Optional.empty()), TRANSLATION, "KEPT", ImportWords.command()).message();
    }

    private static String shown(SourceRevision revision) {
        return "pl " + revision.hash();
    }

    @Test
    void theTranslationAsItWasExportedIsNotRefused() {
        ContentDocument current = translation(DONE, TEXT);
        assertEquals(Optional.empty(), of(exportedFrom(current), EXPORTED, current));
        assertEquals(Optional.empty(), NewerStamp.of(exportedFrom(current), EXPORTED, Optional.empty(),
                UnitCounterparts.once(exportedFrom(current), EXPORTED, Optional.empty())), "a new page replaces nothing");
        assertEquals(Optional.empty(), of(exportedFrom(current), EXPORTED, translation(null, "Other.\n")), "no stamp now: not checked");
        ContentDocument outdated = translation(BEFORE, TEXT);
        assertEquals(Optional.empty(), of(exportedFrom(outdated), NOW, outdated), "a source changed since is --force's refusal");
    }

    @Test
    void aStampMovedSinceTheExportIsRefusedWithBothStamps() {
        XliffFile file = exportedFrom(translation(BEFORE, TEXT));
        NewerStamp newer = of(file, EXPORTED, translation(DONE, "First.\n\nSecond, reviewed.\n")).orElseThrow();
        assertEquals(TRANSLATION + " was stamped after this file was exported: its stamp was " + shown(BEFORE) + " then and is " + shown(DONE)
                + " now (since then another file was imported, perhaps another export of the same revision, or the translation was stamped),"
                + " so the translation holds work this file does not have, which importing it would replace with this file's text. Keep both:"
                + " export it again (the new file holds the translation as it is now) and copy into it what this file has that it lacks. To"
                + " replace the translation with this file all the same, import it with --replace-newer; the text it replaces is kept in KEPT.",
                refusal(newer));
        assertEquals(TRANSLATION + ": the text this import replaced (stamped " + shown(DONE) + " after the file's export, when it was stamped "
                + shown(BEFORE) + ") is kept in KEPT: compare it with the new text and copy back what is still right", newer.note(TRANSLATION, "KEPT"));
    }

    @Test
    void aStampRecordedAsNoneOrUnreadableIsSaidSo() {
        ContentDocument now = translation(DONE, TEXT);
        NewerStamp none = of(file(Optional.of(XliffDocument.NO_STAMP), Optional.of(now)), EXPORTED, now).orElseThrow();
        assertTrue(refusal(none).contains(": it had no stamp then and is stamped " + shown(DONE) + " now (since"), refusal(none));
        assertTrue(none.note(TRANSLATION, "KEPT").contains("(stamped " + shown(DONE) + " after the file's export, when it had no stamp)"));
        NewerStamp damaged = of(file(Optional.of("pl zzz"), Optional.of(now)), EXPORTED, now).orElseThrow();
        assertTrue(refusal(damaged).contains(": the stamp this file records from its export (\"pl zzz\") cannot be read (was the file edited"
                + " outside a CAT tool?), and the translation is stamped " + shown(DONE) + " now"), refusal(damaged));
        assertTrue(damaged.note(TRANSLATION, "KEPT").contains(" after the file's export, when its stamp is unreadable in the file)"));
    }

    @Test
    void aTextChangedSinceTheExportUnderTheSameStampIsRefused() {
        XliffFile file = exportedFrom(translation(DONE, TEXT));
        NewerStamp edited = of(file, EXPORTED, translation(DONE, "First.\n\nSecond, by hand.\n")).orElseThrow();
        assertTrue(refusal(edited).startsWith(TRANSLATION + " was changed after this file was exported: its text is not the one this file was"
                + " exported with, though its stamp is still " + shown(DONE) + " (since then another file was imported, perhaps another export"
                + " of the same revision, or the translation was edited), so the translation holds work"), refusal(edited));
        assertTrue(refusal(edited).endsWith("import it with --replace-newer; the text it replaces is kept in KEPT."), refusal(edited));
        assertEquals(TRANSLATION + ": the text this import replaced (changed after the file's export, its stamp still " + shown(DONE)
                + ") is kept in KEPT: compare it with the new text and copy back what is still right", edited.note(TRANSLATION, "KEPT"));
        assertEquals(Optional.empty(), of(file(file.translationStamp(), Optional.empty()), EXPORTED, translation(DONE, "Other.\n")),
                "a file that records no text is judged by its stamp alone");
    }

    @Test
    void aTranslationStampedForSomeBlocksOnlyImportsAgainToFinish() {
        XliffFile file = exportedFrom(translation(BEFORE, TEXT));
        SourceRevision partial = new SourceRevision("pl", BEFORE.hash(), DONE.blocks(), BEFORE.summary(), "en");
        assertEquals(Optional.empty(), of(file, EXPORTED, translation(partial, "First.\n\nSecond, half done.\n")),
                "the stamp a half-done import left: its whole-text hash is the one recorded, so the same file imports again");
        NewerStamp whole = of(file, EXPORTED, translation(DONE, "First.\n\nSecond, half done.\n")).orElseThrow();
        assertEquals(Optional.of(XliffExporter.stampAsWritten(translation(BEFORE, TEXT))), whole.recorded(), "stamped whole since: refused");
        XliffFile current = exportedFrom(translation(DONE, TEXT));
        assertEquals(Optional.empty(), of(current, EXPORTED, translation(BEFORE, TEXT)), "a stamp edited by hand to an older one covers nothing new");
        NewerStamp older = of(current, EXPORTED, translation(BEFORE, "Edited.\n")).orElseThrow();
        assertTrue(older.edited() && older.recorded().isEmpty(), "but the text changed under it is refused as changed");
    }

    /**
     * The file exported from {@link #EXPORTED} for {@code translation}, with its units as a CAT tool gives them back: each target
     * the export wrote, but for the {@code changed} ones (unit id to the translator's target, marked translated).
     */
    private static XliffFile withUnits(ContentDocument translation, Map<String, String> changed) {
        XliffDocument export = XliffExporter.export(EXPORTED, Optional.of(translation), "en", TRANSLATION).document();
        List<ReadUnit> units = export.units().stream().map(u -> changed.containsKey(u.unit().id())
                ? new ReadUnit(u.unit().id(), 1, u.unit().kind().restype(), u.unit().name(), u.unit().source(),
                        TaggedText.of(changed.get(u.unit().id())), UnitState.TRANSLATED.xliff())
                : new ReadUnit(u.unit().id(), 1, u.unit().kind().restype(), u.unit().name(), u.unit().source(), u.target(), u.state().xliff()))
                .toList();
        Map<String, String> exported = export.units().stream().collect(java.util.stream.Collectors.toMap(u -> u.unit().id(), UnitFingerprint::of));
        return new XliffFile(Path.of("f.xlf"), 1, new XliffFile.LanguageLines(2, 2), "content/pl/zrodlo.md", "pl", "en", TRANSLATION, "k",
                SourceRevision.of(EXPORTED), null, units, Set.of(), exported, Optional.of(XliffExporter.stampAsWritten(translation)),
                Optional.of(TranslationText.hash(translation)), Optional.empty(), Optional.empty());
    }

    @Test
    void underAStampOutdatedAtExportOnlyATextTheFileWouldPutBackIsRefused() {
        ContentDocument outdated = translation(BEFORE, TEXT);
        XliffFile untouched = withUnits(outdated, Map.of());
        String first = untouched.units().stream().filter(u -> u.target() != null && u.target().markdown().equals("First."))
                .findFirst().orElseThrow().id();
        NewerStamp edited = of(untouched, EXPORTED, translation(BEFORE, "First, by hand.\n\nSecond.\n")).orElseThrow();
        assertTrue(refusal(edited).startsWith(TRANSLATION + " was changed after this file was exported: its text is not the one this file"
                + " was exported with (unit " + first + " (paragraph), which this file leaves as it was exported, reads otherwise now), though"
                + " its stamp is still " + shown(BEFORE) + " (since"), refusal(edited));
        assertEquals(Optional.empty(), of(withUnits(outdated, Map.of(first, "First, by hand.")), EXPORTED,
                translation(BEFORE, "First, by hand.\n\nSecond.\n")), "the file's own work, imported before: it imports again");
        assertEquals(Optional.empty(), of(withUnits(outdated, Map.of(first, "First, revised.")), EXPORTED,
                translation(BEFORE, "First, by hand.\n\nSecond.\n")), "a unit the file changed too is the file's work");
    }

    /** The refusal names the other export whose import wrote the unit's text, as the translation's importedFrom= line records it. */
    @Test
    void theUnitThatReadsOtherwiseNamesTheExportWhoseImportWroteIt() {
        ExportId own = new ExportId("20261206T215203Z-9c1e2f");
        XliffFile f = withUnits(translation(BEFORE, TEXT), Map.of());
        XliffFile file = new XliffFile(f.file(), f.line(), f.languageLines(), f.sourcePath(), f.sourceLang(), f.targetLang(), f.targetPath(),
                f.translationKey(), f.revision(), f.skeleton(), f.units(), f.optional(), f.exported(), f.translationStamp(), f.translationText(),
                Optional.of(own), Optional.empty());
        String hash = ImportedUnits.hash(TaggedText.of("First, by another file."));
        NewerStamp other = of(file, EXPORTED, imported(hash, "20261206T214012Z-5f3a9c")).orElseThrow();
        assertTrue(refusal(other).contains("which this file leaves as it was exported, reads otherwise now: its text comes from the import of"
                + " another export (made 2026-12-06 21:40 UTC)), though its stamp is still " + shown(BEFORE) + ", so the translation holds work"),
                "once the export is named, what else may have changed the text is not said: " + refusal(other));
        NewerStamp itself = of(file, EXPORTED, imported(hash, own.value())).orElseThrow();
        assertTrue(refusal(itself).contains("reads otherwise now), though its stamp is still " + shown(BEFORE) + " (since then another file"
                + " was imported, perhaps another export"), "this file's own export is not another: " + refusal(itself));
        NewerStamp elsewhere = of(file, EXPORTED, imported("0badc0de", "20261206T214012Z-5f3a9c")).orElseThrow();
        assertTrue(refusal(elsewhere).contains("reads otherwise now), though"), "a record of another text says nothing: " + refusal(elsewhere));
    }

    /** The translation with its first paragraph changed by another file's import, its header recording {@code hash} as {@code id}'s. */
    private static ContentDocument imported(String hash, String id) {
        return TestDocument.article("en", "target").key("k").body("First, by another file.\n\nSecond.\n").header(SourceRevision.KEY, BEFORE.toString())
                .header(ImportedUnits.KEY, id + ":" + hash).build();
    }

    @Test
    void aStampFromAnotherRevisionIsNewerOnlyWhenItCoversABlockTheRecordedOneDidNot() {
        XliffFile file = exportedFrom(translation(BEFORE, TEXT));
        SourceRevision other = new SourceRevision("pl", "aaaaaaaaaaaa", DONE.blocks(), DONE.summary(), "en");
        assertTrue(of(file, EXPORTED, translation(other, TEXT)).isPresent(), "stamped since for the export's blocks");
        SourceRevision broken = new SourceRevision("pl", "aaaaaaaaaaaa", BEFORE.blocks(), BEFORE.summary(), "en");
        assertEquals(Optional.empty(), of(file, EXPORTED, translation(broken, TEXT)), "a stamp edited by hand that covers nothing new");
    }

    @Test
    void aStampOfTheSourcesNewerTextIsRefusedAsGoingBack() {
        ContentDocument translated = translation(SourceRevision.of(NOW).to("en"), TEXT);
        NewerStamp newer = of(file(Optional.empty(), Optional.empty()), NOW, translated).orElseThrow();
        assertTrue(newer.changed(), "the import needs --force as well");
        assertTrue(refusal(newer).contains(" was stamped after this file was exported: its stamp is " + shown(SourceRevision.of(NOW)) + ", this"
                + " file is from " + shown(DONE) + ", so the translation holds work done since on the source's newer text, which importing this"
                + " file would replace with the file's older text (and the stamp would go back to " + shown(DONE) + ")."), refusal(newer));
        assertTrue(refusal(newer).contains("import it with --force --replace-newer;"), refusal(newer));
        assertTrue(newer.note(TRANSLATION, "KEPT").contains("(stamped " + shown(SourceRevision.of(NOW)) + ", after the file's export from "
                + shown(DONE) + ")"));
    }

    /**
     * The translation's lastImport= line names the export whose import wrote its text in the refusal, and tells this file's own import,
     * corrected since in the CAT tool, from work done since.
     */
    @Test
    void theLastImportLineNamesTheOtherExportAndLetsTheFilesOwnImportBe() {
        ExportId own = new ExportId("20261206T222117Z-75a64e");
        SourceRevision newer = SourceRevision.of(NOW).to("en");
        NewerStamp other = of(withId(file(Optional.empty(), Optional.empty()), own), NOW, lastImported(newer, "20261206T214012Z-5f3a9c"))
                .orElseThrow();
        assertTrue(refusal(other).contains(", this file is from " + shown(DONE) + " (since then the import of another export (made 2026-12-06"
                + " 21:40 UTC) wrote its text), so the translation holds work done since"), refusal(other));
        XliffFile exported = withId(exportedFrom(translation(BEFORE, TEXT)), own);
        assertEquals(Optional.empty(), of(exported, EXPORTED, lastImported(DONE, own.value())), "as this file's own import left it");
        assertTrue(refusal(of(exported, EXPORTED, lastImported(DONE, "20261206T214012Z-5f3a9c")).orElseThrow())
                .contains("(since then the import of another export (made 2026-12-06 21:40 UTC) wrote its text)"));
    }

    /** The translation {@link #TEXT} under {@code stamp}, its lastImport= line naming the export {@code id} as having written it. */
    private static ContentDocument lastImported(SourceRevision stamp, String id) {
        return TestDocument.article("en", "target").key("k").body(TEXT).header(SourceRevision.KEY, stamp.toString())
                .header(LastImport.KEY, id + ":" + TranslationText.hash(translation(stamp, TEXT))).build();
    }

    private static XliffFile withId(XliffFile f, ExportId id) {
        return new XliffFile(f.file(), f.line(), f.languageLines(), f.sourcePath(), f.sourceLang(), f.targetLang(), f.targetPath(),
                f.translationKey(), f.revision(), f.skeleton(), f.units(), f.optional(), f.exported(), f.translationStamp(), f.translationText(),
                Optional.of(id), Optional.empty());
    }

    @Test
    void aFileThatRecordsNothingIsJudgedByWhatItsStampCovers() {
        XliffFile old = file(Optional.empty(), Optional.empty());
        SourceRevision now = SourceRevision.of(NOW);
        SourceRevision block = new SourceRevision("pl", BEFORE.hash(), now.blocks(), now.summary(), "en");
        assertTrue(of(old, NOW, translation(block, TEXT)).isPresent(), "a block the source has now and the export had not");
        assertEquals(Optional.empty(), of(old, NOW, translation(BEFORE, TEXT)), "a stamp from before the export covers nothing newer");
        assertEquals(Optional.empty(), of(old, NOW, translation(DONE, TEXT)), "the export's own stamp");
        ContentDocument summaryNow = source(EXPORTED.body(), "O czymś innym.");
        SourceRevision summary = SourceRevision.of(summaryNow).to("en");
        assertTrue(of(old, summaryNow, translation(summary, TEXT)).isPresent(), "the source's new summary, stamped since");
        ContentDocument bothNow = source(NOW.body(), "O czymś innym.");
        SourceRevision summaryOnly = new SourceRevision("pl", BEFORE.hash(), BEFORE.blocks(), summary.summary(), "en");
        assertTrue(of(old, bothNow, translation(summaryOnly, TEXT)).isPresent(), "the new summary alone, the text changed too since");
        SourceRevision noSummary = new SourceRevision("pl", BEFORE.hash(), BEFORE.blocks(), null, "en");
        assertEquals(Optional.empty(), of(old, bothNow, translation(noSummary, TEXT)), "a stamp from before summaries were tracked");
        SourceRevision oldSummary = new SourceRevision("pl", BEFORE.hash(), BEFORE.blocks(), DONE.summary(), "en");
        assertEquals(Optional.empty(), of(old, summaryNow, translation(oldSummary, TEXT)), "the summary as exported is nothing newer");
    }

    @Test
    void theReplacedTextIsKeptUnderItsStampWithoutOverwritingAnotherCopy() throws IOException {
        ContentDocument current = translation(DONE, TEXT);
        NewerStamp newer = of(exportedFrom(translation(BEFORE, TEXT)), EXPORTED, current).orElseThrow();
        Path first = Path.of("target/replaced/content/en/target." + DONE.hash() + ".md");
        assertEquals(first, newer.backup(project, TRANSLATION, "kept"));
        Files.createDirectories(project.resolve(first).getParent());
        Files.writeString(project.resolve(first), "kept");
        assertEquals(first, newer.backup(project, TRANSLATION, "kept"), "the same text again: the same copy");
        assertEquals(Path.of("target/replaced/content/en/target." + DONE.hash() + ".2.md"), newer.backup(project, TRANSLATION, "other"));
        assertEquals(Path.of("target/replaced/target." + DONE.hash() + ".md"), newer.backup(project, "target.md", "x"), "a file at the top");
    }
}
