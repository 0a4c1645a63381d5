package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.translation.SourceRevision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the translation job of one source document into one language: its units with the
 * existing translation's text where there is one, each marked translated, to review (its source
 * block changed since the translation's stamp, or the translation has no stamp) or to translate
 * (no translation, or a new block). Where the translation's paragraphs or markup do not match the
 * source's one for one, that unit goes out to translate and a warning says where.
 */
public final class XliffExporter {
    private XliffExporter() {
    }

    /** The job and what the translator (or editor) should know about it. */
    public record Export(XliffDocument document, List<String> warnings) {
    }

    /**
     * @param translation the existing translation, if any
     * @param targetPath  where the translation is (or goes), relative to the project, with '/'
     */
    public static Export export(ContentDocument source, Optional<ContentDocument> translation, String targetLang, String targetPath) {
        boolean quiz = source.type() == DocumentType.QUIZ;
        SegmentedBody body = MarkdownSegmenter.segment(source.body(), quiz);
        SourceRevision revision = SourceRevision.of(source.lang(), source.title(), source.body());
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(Unit.TITLE, UnitKind.TITLE, "", 0, TaggedText.of(source.title())));
        if (source.summary() != null && !source.summary().isBlank()) {
            units.add(new Unit(Unit.SUMMARY, UnitKind.SUMMARY, "", -1, TaggedText.of(source.summary())));
        }
        units.addAll(body.units());
        List<String> warnings = new ArrayList<>();
        List<ExportedUnit> exported = translation.isEmpty()
                ? units.stream().map(u -> new ExportedUnit(u, null, UnitState.NEEDS_TRANSLATION)).toList()
                : withTranslation(units, body, revision, translation.get(), quiz, warnings);
        XliffDocument document = new XliffDocument(path(source), targetPath, source.lang(), targetLang, source.translationKey(), revision,
                body.skeleton(), exported);
        return new Export(document, warnings);
    }

    private static List<ExportedUnit> withTranslation(List<Unit> units, SegmentedBody body, SourceRevision revision, ContentDocument translation,
                                                      boolean quiz, List<String> warnings) {
        Optional<SourceRevision> stamp = SourceRevision.parse(translation.frontMatter().get(SourceRevision.KEY));
        BlockStates states = stamp.isEmpty() || stamp.get().hash().equals(revision.hash())
                ? BlockStates.same(revision.blocks().size())
                : BlockStates.between(stamp.get(), revision);
        SegmentedBody translated = MarkdownSegmenter.segment(translation.body(), quiz);
        Map<Integer, List<Unit>> byBlock = new HashMap<>();
        translated.units().forEach(u -> byBlock.computeIfAbsent(u.block(), b -> new ArrayList<>()).add(u));
        byBlock.put(0, List.of(new Unit(Unit.TITLE, UnitKind.TITLE, "", 0, TaggedText.of(translation.title()))));
        if (translation.summary() != null && !translation.summary().isBlank()) {
            byBlock.put(-1, List.of(new Unit(Unit.SUMMARY, UnitKind.SUMMARY, "", -1, TaggedText.of(translation.summary()))));
        }
        Map<Integer, List<Unit>> sourceByBlock = new HashMap<>();
        units.forEach(u -> sourceByBlock.computeIfAbsent(u.block(), b -> new ArrayList<>()).add(u));
        List<String> unmatched = new ArrayList<>();
        List<ExportedUnit> exported = new ArrayList<>();
        for (Unit unit : units) {
            boolean summary = unit.block() < 0;
            BlockStates.Change change = summary ? BlockStates.Change.UNCHANGED : states.change(unit.block());
            int stamped = summary ? -1 : states.stampedBlock(unit.block());
            if (change == BlockStates.Change.ADDED) {
                exported.add(new ExportedUnit(unit, null, UnitState.NEEDS_TRANSLATION));
                continue;
            }
            List<Unit> candidates = byBlock.getOrDefault(stamped, List.of());
            List<Unit> siblings = sourceByBlock.get(unit.block());
            Optional<TaggedText> target = candidates.size() == siblings.size()
                    ? TagMatcher.remap(candidates.get(siblings.indexOf(unit)).source(), unit.source())
                    : Optional.empty();
            if (target.isEmpty()) {
                unmatched.add(unit.id());
                exported.add(new ExportedUnit(unit, null, UnitState.NEEDS_TRANSLATION));
                continue;
            }
            UnitState state = change == BlockStates.Change.UNCHANGED && stamp.isPresent() ? UnitState.TRANSLATED : UnitState.NEEDS_REVIEW;
            exported.add(new ExportedUnit(unit, target.get(), state));
        }
        if (!unmatched.isEmpty()) {
            warnings.add(path(translation) + ": " + unmatched.size() + (unmatched.size() == 1 ? " unit does" : " units do")
                    + " not match the source's paragraphs or markup one for one (" + String.join(", ", unmatched.subList(0, Math.min(5, unmatched.size())))
                    + (unmatched.size() > 5 ? ", …" : "") + "): exported to translate again; the import gives the page its source's structure");
        }
        return exported;
    }

    static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }
}
