package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The skeleton and sources an XLIFF file carries must be those of its source as it is now (when
 * the source has not changed since export): what is not translated, ids, points and decides
 * among it, comes from the file, so a file edited there by hand would change the page.
 */
final class SkeletonCheck {
    private SkeletonCheck() {
    }

    static Optional<Problem> check(XliffFile file, ContentDocument source) {
        SegmentedBody now = MarkdownSegmenter.segment(source.body(), source.type() == DocumentType.QUIZ);
        List<Skeleton.Part> expected = now.skeleton().parts();
        List<Skeleton.Part> carried = file.skeleton().parts();
        for (int i = 0; i < Math.max(expected.size(), carried.size()); i++) {
            Skeleton.Part a = i < expected.size() ? expected.get(i) : null;
            Skeleton.Part b = i < carried.size() ? carried.get(i) : null;
            if (a == null || !a.equals(b)) {
                String what = a instanceof Skeleton.Literal l && l.markdown().contains("{#") || b instanceof Skeleton.Literal m && m.markdown().contains("{#")
                        ? (source.type() == DocumentType.QUIZ ? "; it would change the checklist's ids, points or decides" : "; it would change ids")
                        : "";
                return Optional.of(new Problem(file.file(), 0, "its skeleton (the Markdown around the units) is not that of " + XliffExporter.path(source)
                        + near(carried, i) + what + ": export the document again"));
            }
        }
        for (Unit unit : now.units()) {
            Optional<ReadUnit> read = file.unit(unit.id());
            if (read.isPresent() && !read.get().source().markdown().equals(unit.source().markdown())) {
                return Optional.of(new Problem(file.file(), read.get().line(), read.get().label() + ": its source is not the text of "
                        + XliffExporter.path(source) + ": export the document again"));
            }
        }
        return Optional.empty();
    }

    private static String near(List<Skeleton.Part> parts, int index) {
        for (int i = Math.min(index, parts.size()) - 1; i >= 0; i--) {
            if (parts.get(i) instanceof Skeleton.Slot slot) {
                return " (after unit " + slot.unitId() + ")";
            }
        }
        return "";
    }
}
