package guide.translation.xliff;

import guide.site.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The body an import rebuilt must parse back into the structure the file was exported with. Each
 * unit's text must be one unit again, at its place, with the same kinds of placeholders (a target
 * that types Markdown of its own, a blank line, a {@code #} or a {@code [link](…)}, would change
 * the page's structure); the Markdown between units must stay out of every unit. A whole-section
 * unit may hold any Markdown of the translation's, but its part must still start with its heading
 * and {@code {#id}} (or its footnote's label), end where the next part starts, and leave no
 * footnote reference without its definition.
 */
final class RebuiltStructure {
    private final XliffFile file;
    private final SegmentedBody exported;
    private final SegmentedBody again;
    private final Map<String, TaggedText> targets;
    private Broken broken;

    /** The first unit that breaks the structure, and what to tell the translator. */
    record Broken(String unitId, Problem problem) {
    }

    private RebuiltStructure(XliffFile file, SegmentedBody exported, SegmentedBody again, Map<String, TaggedText> targets) {
        this.file = file;
        this.exported = exported;
        this.again = again;
        this.targets = targets;
    }

    /**
     * @param exported         the source's body the file was made from, segmented (for whole sections: which part each one is)
     * @param undefinedBefore  footnote labels already without a definition in the translation before the import
     */
    static Optional<Broken> check(XliffFile file, SegmentedBody exported, String body, boolean checklist, Map<String, TaggedText> targets,
                                  Supplier<Set<String>> undefinedBefore) {
        if (file.skeleton().slots().isEmpty()) {
            return Optional.empty();
        }
        SegmentedBody again = MarkdownSegmenter.segment(body, checklist);
        RebuiltStructure check = new RebuiltStructure(file, exported, again, targets);
        if (check.units() && !again.outline().undefinedFootnotes().isEmpty()) {
            check.footnotes(undefinedBefore.get());
        }
        return Optional.ofNullable(check.broken);
    }

    /** Walks the skeleton over the rebuilt body; false after the first problem. */
    private boolean units() {
        List<TextRange> ranges = again.ranges();
        int next = 0;
        int at = 0;
        int original = 0;
        String previous = null;
        for (Skeleton.Part part : file.skeleton().parts()) {
            if (part instanceof Skeleton.Literal literal) {
                int end = at + literal.markdown().length();
                if (next < ranges.size() && ranges.get(next).start() < end) {
                    return ownMarkdown(previous != null ? previous : file.skeleton().slots().get(0));
                }
                at = end;
                original += literal.markdown().length();
                continue;
            }
            String id = ((Skeleton.Slot) part).unitId();
            TextRange slot = new TextRange(at, at + targets.get(id).markdown().length());
            TextRange source = new TextRange(original, original + file.unit(id).orElseThrow().source().markdown().length());
            int first = next;
            while (next < ranges.size() && ranges.get(next).start() < slot.end()) {
                next++;
            }
            if (Unit.isSection(id)) {
                if (!ranges.subList(first, next).stream().allMatch(slot::contains)) {
                    return runsOn(id);
                }
                if (!section(id, slot, source)) {
                    return false;
                }
            } else if (next != first + 1 || !ranges.get(first).equals(slot)
                    || !TagMatcher.shape(again.units().get(first).source()).equals(TagMatcher.shape(targets.get(id)))) {
                return ownMarkdown(id);
            }
            at = slot.end();
            original = source.end();
            previous = id;
        }
        return next == ranges.size() || ownMarkdown(previous);
    }

    /** A whole section's part: starts as its source part does and ends at a part's boundary; false (with a problem) if not. */
    private boolean section(String id, TextRange slot, TextRange source) {
        if (slot.length() == 0) {
            return true;
        }
        Optional<BodyPart> part = exported.outline().top().stream().filter(p -> p.range().equals(source)).findFirst()
                .or(() -> exported.outline().footnotes().stream().filter(p -> p.range().equals(source)).findFirst());
        if (part.isEmpty() || part.get().kind() == BodyPart.Kind.INTRO) {
            return boundary(id, slot);
        }
        BodyPart expected = part.get();
        Optional<BodyPart> found = again.outline().startingAt(slot.start(), expected.kind());
        boolean same = found.isPresent() && (expected.kind() == BodyPart.Kind.FOOTNOTES || expected.name().isEmpty()
                || found.get().name().equals(expected.name()));
        if (!same) {
            String what = switch (expected.kind()) {
                case SECTION -> expected.name().isEmpty() ? "its heading: keep the heading's tags at its start"
                        : "its heading with {#" + expected.name() + "}: keep the heading's tags at its start";
                case FOOTNOTE -> "its footnote [^" + expected.name() + "]: keep the footnote's label tag at its start";
                default -> "a footnote: keep the first footnote's label tag at its start";
            };
            return problem(id, "no longer starts with " + what);
        }
        return boundary(id, slot);
    }

    private boolean boundary(String id, TextRange slot) {
        return again.outline().isBoundary(slot.end()) || runsOn(id);
    }

    private boolean runsOn(String id) {
        return problem(id, "runs into what follows it: keep the tags at its end (the blank line before the next heading or footnote)");
    }

    private void footnotes(Set<String> before) {
        for (String label : again.outline().undefinedFootnotes()) {
            if (!before.contains(label)) {
                int offset = again.body().indexOf("[^" + label + "]");
                Map<String, int[]> offsets = file.skeleton().offsets(id -> targets.get(id).markdown());
                String id = offsets.entrySet().stream().filter(e -> e.getValue()[0] <= offset && offset < e.getValue()[1]).map(Map.Entry::getKey)
                        .findFirst().orElse(file.skeleton().slots().get(0));
                problem(id, "footnote reference [^" + label + "] has no footnote in the translation: keep its footnote, or remove the reference");
                return;
            }
        }
    }

    private boolean ownMarkdown(String id) {
        String what = Optional.ofNullable(targets.get(id)).flatMap(OwnMarkdown::in).map(w -> ": " + w).orElse("");
        return problem(id, "the translation's text makes Markdown of its own here (a link, emphasis, a heading, list or new paragraph)" + what
                + ": write plain text and keep the tags, or escape the character with \\");
    }

    private boolean problem(String id, String message) {
        ReadUnit unit = file.unit(id).orElseThrow();
        broken = new Broken(id, new Problem(file.file(), unit.line(), unit.label() + ": " + message));
        return false;
    }
}
