package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.translation.GitHistory;
import guide.translation.SourceRevision;
import guide.translation.UntranslatedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the translation job of one source document into one language: its units with the
 * existing translation's text where there is one, each marked translated, to review (its source
 * changed since the translation's stamp, the stamp lists it to review, or the translation has no stamp) or to translate (no
 * translation, new in the source, or a target that is still a copy of its source). Where the translation follows its source block for block,
 * the units are the source's headings, paragraphs, list items and cells; where a section of it
 * does not (other paragraphs, a list for paragraphs, footnotes of its own), that section is one
 * unit with the translation's section as its target (see {@link SectionedExport}).
 */
public final class XliffExporter {
    private XliffExporter() {
    }

    /** The job, and how many of its units are whole sections. */
    public record Export(XliffDocument document, int sections) {
    }

    /**
     * @param translation the existing translation, if any
     * @param targetPath  where the translation is (or goes), relative to the project, with '/'
     */
    public static Export export(ContentDocument source, Optional<ContentDocument> translation, String targetLang, String targetPath) {
        return export(source, translation, targetLang, targetPath, Optional.empty());
    }

    /**
     * The job as a translator is sent it: each unit to review also tells what changed in its source since the stamp
     * ({@link UnitChanges}), edited text by the words that changed where {@code history} has the stamped source.
     *
     * @param notes where the stamped source is looked for, and what the project's git history is (why a note shows edited text as
     *              it is now when the stamped source is not found)
     */
    public static Export export(ContentDocument source, Optional<ContentDocument> translation, String targetLang, String targetPath,
                                ChangeNotes notes) {
        return export(source, translation, targetLang, targetPath, Optional.of(notes));
    }

    /** @param notes what the units to review tell of what changed; empty: they tell nothing */
    private static Export export(ContentDocument source, Optional<ContentDocument> translation, String targetLang, String targetPath,
                                 Optional<ChangeNotes> notes) {
        boolean quiz = source.type() == DocumentType.QUIZ;
        SegmentedBody body = MarkdownSegmenter.segment(source.body(), quiz);
        SourceRevision revision = SourceRevision.of(source);
        Unit title = new Unit(Unit.TITLE, UnitKind.TITLE, "", 0, TaggedText.of(source.title()));
        Optional<Unit> summary = source.summary() == null || source.summary().isBlank() ? Optional.empty()
                : Optional.of(new Unit(Unit.SUMMARY, UnitKind.SUMMARY, "", -1, TaggedText.of(source.summary())));
        List<ExportedUnit> units = new ArrayList<>();
        Skeleton skeleton = body.skeleton();
        Set<String> optional = Set.of();
        if (translation.isEmpty()) {
            units.add(new ExportedUnit(title, null, UnitState.NEEDS_TRANSLATION));
            summary.ifPresent(u -> units.add(new ExportedUnit(u, null, UnitState.NEEDS_TRANSLATION)));
            body.units().forEach(u -> units.add(new ExportedUnit(u, null, UnitState.NEEDS_TRANSLATION)));
        } else {
            ContentDocument existing = translation.get();
            Optional<SourceRevision> stamp = SourceRevision.stampOf(existing);
            BlockStates states = stamp.isEmpty() || stamp.get().hash().equals(revision.hash()) && !stamp.get().toReview()
                    ? BlockStates.same(revision.blocks().size())
                    : BlockStates.between(stamp.get(), revision);
            boolean current = stamp.isPresent() && states.current(0);
            units.add(new ExportedUnit(title, TaggedText.of(existing.title()), current ? UnitState.TRANSLATED : UnitState.NEEDS_REVIEW));
            summary.ifPresent(u -> units.add(existing.summary() == null || existing.summary().isBlank()
                    ? new ExportedUnit(u, null, UnitState.NEEDS_TRANSLATION)
                    : new ExportedUnit(u, TaggedText.of(existing.summary()),
                            stamp.isPresent() && !stamp.get().summaryChanged(revision) && !stamp.get().review().contains(SourceRevision.REVIEW_SUMMARY)
                                    ? UnitState.TRANSLATED : UnitState.NEEDS_REVIEW)));
            SectionedExport.Body sectioned = SectionedExport.of(body, MarkdownSegmenter.segment(existing.body(), quiz), states, stamp.isPresent());
            units.addAll(sectioned.units());
            skeleton = sectioned.skeleton();
            optional = sectioned.optional();
            if (existing.draft() || UntranslatedText.isCopy(existing, source)) {
                units.replaceAll(XliffExporter::copyToTranslate);
            }
            if (notes.isPresent() && stamp.isPresent() && units.stream().anyMatch(u -> u.state() == UnitState.NEEDS_REVIEW)) {
                List<ExportedUnit> told = UnitChanges.attach(units, sectioned.blocks(), stamp.get(), source,
                        notes.get().lookup().find(source, stamp.get()));
                units.clear();
                units.addAll(told);
            }
        }
        XliffDocument document = new XliffDocument(path(source), targetPath, source.lang(), targetLang, source.translationKey(), revision,
                skeleton, units, optional, translation.map(XliffExporter::stampAsWritten).orElse(XliffDocument.NO_STAMP),
                translation.map(TranslationText::hash).orElse(TranslationText.NONE), notes.map(ChangeNotes::history).orElse(GitHistory.UNKNOWN));
        int sections = (int) units.stream().filter(u -> u.unit().kind() == UnitKind.SECTION).count();
        return new Export(document, sections);
    }

    private static final Pattern LINK_ADDRESS = Pattern.compile("\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");

    /**
     * In a draft, a target that is still its source's text word for word (a draft {@code ./guide translate}
     * made starts as a copy of the source) is not a translation: it goes out as to translate, its
     * copy kept as the target for the translator to overwrite (its links' addresses may differ: they
     * already lead to the target language's pages). So it does in a published translation the build warns of as still its
     * source's text ({@link UntranslatedText}: marked "Not fully translated"). In another published translation the same
     * text is the translator's choice (a proper name, a figure), so it stays translated.
     */
    private static ExportedUnit copyToTranslate(ExportedUnit exported) {
        boolean copy = exported.target() != null && !exported.target().markdown().isBlank()
                && withoutAddresses(exported.target().markdown()).equals(withoutAddresses(exported.unit().source().markdown()));
        return copy ? new ExportedUnit(exported.unit(), exported.target(), UnitState.NEEDS_TRANSLATION) : exported;
    }

    /** The text without its links' addresses: {@code ./guide translate} points a draft's links at the target language's pages. */
    private static String withoutAddresses(String markdown) {
        return LINK_ADDRESS.matcher(markdown).replaceAll("]()");
    }

    /** The translation's {@code sourceRevision=} as its header has it, or {@link XliffDocument#NO_STAMP}. */
    static String stampAsWritten(ContentDocument translation) {
        Object stamp = translation.frontMatter().get(SourceRevision.KEY);
        return stamp == null || String.valueOf(stamp).isBlank() ? XliffDocument.NO_STAMP : String.valueOf(stamp).strip();
    }

    static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }
}
