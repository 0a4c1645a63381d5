package guide.translation.xliff;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A Markdown body split into translatable units and the skeleton they fit into, with where each
 * unit's text is ({@code ranges}, parallel to {@code units}), the body's blocks as
 * {@code sourceRevision} counts them, and its parts (intro, sections, footnotes).
 */
public record SegmentedBody(String body, Skeleton skeleton, List<Unit> units, List<TextRange> ranges, BodyBlocks blocks, BodyOutline outline) {
    public SegmentedBody {
        units = List.copyOf(units);
        ranges = List.copyOf(ranges);
        if (units.size() != ranges.size()) {
            throw new IllegalArgumentException("a range for every unit");
        }
    }

    /** Indexes of the units whose text starts inside {@code range}, in order. */
    public List<Integer> unitsStartingIn(TextRange range) {
        return IntStream.range(0, units.size())
                .filter(i -> ranges.get(i).start() >= range.start() && ranges.get(i).start() < range.end()).boxed().toList();
    }
}
