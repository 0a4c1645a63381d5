package guide.translation.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A document's body with its translatable units cut out: the Markdown that is not translated
 * ({@code ## }, {@code - [ ] }, {@code {#id points=3}}, blank lines, code blocks) between slots
 * that the units' texts fill.
 */
public record Skeleton(List<Part> parts) {

    public Skeleton {
        parts = List.copyOf(parts);
    }

    /** A piece of the skeleton. */
    public sealed interface Part permits Literal, Slot {
    }

    /** Markdown kept as it is. */
    public record Literal(String markdown) implements Part {
    }

    /** Where a unit's text goes. */
    public record Slot(String unitId) implements Part {
    }

    /** The unit ids in document order. */
    public List<String> slots() {
        return parts.stream().filter(Slot.class::isInstance).map(p -> ((Slot) p).unitId()).toList();
    }

    /** The body with every slot filled by {@code text} of its unit id. */
    public String fill(Function<String, String> text) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part instanceof Literal l ? l.markdown() : text.apply(((Slot) part).unitId()));
        }
        return out.toString();
    }

    /** Offsets of each slot's text in {@link #fill}'s result: unit id to {start, end}. */
    public Map<String, int[]> offsets(Function<String, String> text) {
        Map<String, int[]> offsets = new LinkedHashMap<>();
        int at = 0;
        for (Part part : parts) {
            String piece = part instanceof Literal l ? l.markdown() : text.apply(((Slot) part).unitId());
            if (part instanceof Slot s) {
                offsets.put(s.unitId(), new int[]{at, at + piece.length()});
            }
            at += piece.length();
        }
        return offsets;
    }

    /** Builds a skeleton, merging neighbouring literals. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();

        public Builder literal(CharSequence markdown) {
            literal.append(markdown);
            return this;
        }

        public Builder slot(String unitId) {
            flush();
            parts.add(new Slot(unitId));
            return this;
        }

        public Skeleton build() {
            flush();
            return new Skeleton(parts);
        }

        private void flush() {
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }
    }
}
