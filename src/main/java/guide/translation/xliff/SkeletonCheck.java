package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.translation.WordDiff;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The skeleton and sources an XLIFF file carries must be those of its source as it is now (when
 * the source has not changed since export): what is not translated, ids, points and decides among
 * it, comes from the file, so a file edited there by hand would change the page. Read in order, the
 * skeleton's Markdown and the units' sources must give the source's body; the Markdown between
 * units must hold no translatable text; a unit must be the source's unit of that id at that place,
 * and a whole-section unit one whole part of the source (intro, section, footnotes or a footnote).
 */
final class SkeletonCheck {
    private SkeletonCheck() {
    }

    /** @param now the source's body as it is, segmented */
    static Optional<Problem> check(XliffFile file, ContentDocument source, SegmentedBody now) {
        String body = now.body();
        Map<String, TextRange> units = new HashMap<>();
        for (int i = 0; i < now.units().size(); i++) {
            units.put(now.units().get(i).id(), now.ranges().get(i));
        }
        int at = 0;
        String lastSlot = null;
        for (Skeleton.Part part : file.skeleton().parts()) {
            if (part instanceof Skeleton.Literal literal) {
                TextRange range = new TextRange(at, at + literal.markdown().length());
                if (!body.startsWith(literal.markdown(), at) || now.ranges().stream().anyMatch(r -> r.overlaps(range))) {
                    return Optional.of(skeleton(file, source, lastSlot, literal.markdown(), body.substring(at, Math.min(body.length(), range.end()))));
                }
                at = range.end();
                continue;
            }
            String id = ((Skeleton.Slot) part).unitId();
            Optional<ReadUnit> read = file.unit(id);
            if (read.isEmpty()) {
                return Optional.empty(); // reported with the targets: "unit ... is missing"
            }
            String text = read.get().source().markdown();
            TextRange range = new TextRange(at, at + text.length());
            boolean fits = body.startsWith(text, at) && (Unit.isSection(id) ? isPart(now.outline(), range) : range.equals(units.get(id)));
            if (!fits) {
                Optional<TextRange> there = Unit.isSection(id) ? partAt(now.outline(), range.start()) : Optional.ofNullable(units.get(id));
                return Optional.of(edited(file, source, read.get(), there.filter(r -> r.start() == range.start())
                        .map(r -> body.substring(r.start(), r.end()))));
            }
            at = range.end();
            lastSlot = id;
        }
        return at == body.length() ? Optional.empty() : Optional.of(skeleton(file, source, lastSlot, "", body.substring(at)));
    }

    /**
     * A unit whose source is not the source's text although the source has not changed since the export: the file was edited
     * there (in the CAT tool, where a source is editable too). Named with the edit, from the source's text ({@code expected})
     * to the file's, when the unit is the source's unit at that place (for a whole-section unit, the part of the source that
     * starts there); the import writes only targets, so undoing the edit is
     * all it takes.
     */
    private static Problem edited(XliffFile file, ContentDocument source, ReadUnit read, Optional<String> expected) {
        String where = read.label() + ": its source ";
        return new Problem(file.file(), read.line(), expected.map(text -> where + "was edited in this file: "
                + WordDiff.excerpt(text, read.source().markdown()) + "; " + XliffExporter.path(source) + " has not changed since the export, "
                + "and the import writes only targets: undo the edit of the source in the CAT tool, then import the file again")
                .orElse(where + "is not the text of " + XliffExporter.path(source) + ": export the document again"));
    }

    /** The whole part (intro, section, footnotes or a footnote) of the source that starts at {@code start}, if one does. */
    private static Optional<TextRange> partAt(BodyOutline outline, int start) {
        return Stream.concat(outline.top().stream(), outline.footnotes().stream()).map(p -> p.range()).filter(r -> r.start() == start).findFirst();
    }

    private static boolean isPart(BodyOutline outline, TextRange range) {
        return outline.top().stream().anyMatch(p -> p.range().equals(range)) || outline.footnotes().stream().anyMatch(p -> p.range().equals(range));
    }

    private static Problem skeleton(XliffFile file, ContentDocument source, String lastSlot, String carried, String expected) {
        boolean ids = carried.contains("{#") || expected.contains("{#");
        String what = !ids ? "" : source.type() == DocumentType.QUIZ ? "; it would change the checklist's ids, points or decides" : "; it would change ids";
        return new Problem(file.file(), 0, "its skeleton (the Markdown around the units) is not that of " + XliffExporter.path(source)
                + (lastSlot == null ? "" : " (after unit " + lastSlot + ")") + what + ": export the document again");
    }
}
