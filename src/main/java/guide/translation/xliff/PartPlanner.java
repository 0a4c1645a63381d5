package guide.translation.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which part of a translation stands for which part of its source. The intro goes with the intro,
 * a section with the section whose heading has the same {@code {#id}} (headings without one by
 * their place among such headings), the footnote block with the footnote block. Inside that block,
 * footnotes pair by label when more than half of the translation's labels are the source's;
 * otherwise (a translation that cites other sources, under labels of its own) the block stays one
 * part.
 */
final class PartPlanner {
    private PartPlanner() {
    }

    static List<PartPair> plan(BodyOutline source, BodyOutline translation) {
        List<PartPair> top = PartMatcher.match(source.top(), translation.top())
                .orElseThrow(() -> new IllegalStateException("both bodies have an intro, which always pairs"));
        List<PartPair> plan = new ArrayList<>();
        for (PartPair pair : top) {
            Optional<List<PartPair>> footnotes = pair.source().kind() == BodyPart.Kind.FOOTNOTES && pair.translation().size() == 1
                    && pair.translation().get(0).kind() == BodyPart.Kind.FOOTNOTES
                    ? footnotes(source.footnotes(), translation.footnotes())
                    : Optional.empty();
            if (footnotes.isPresent()) {
                plan.addAll(footnotes.get());
            } else {
                plan.add(pair);
            }
        }
        return plan;
    }

    private static Optional<List<PartPair>> footnotes(List<BodyPart> source, List<BodyPart> translation) {
        if (2 * PartMatcher.matching(source, translation) <= translation.size()) {
            return Optional.empty();
        }
        return PartMatcher.match(source, translation);
    }
}
