package guide.translation.xliff;

import java.util.List;

/** A Markdown body split into translatable units and the skeleton they fit into. */
public record SegmentedBody(Skeleton skeleton, List<Unit> units) {
    public SegmentedBody {
        units = List.copyOf(units);
    }
}
