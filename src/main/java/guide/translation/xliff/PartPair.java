package guide.translation.xliff;

import java.util.List;

/**
 * A part of the source and the translation's parts that stand for it: usually one, none when the
 * translation has no such part, more when parts of the translation's own (no counterpart in the
 * source) follow it. The translation's parts follow each other in its body.
 */
public record PartPair(BodyPart source, List<BodyPart> translation) {
    public PartPair {
        translation = List.copyOf(translation);
    }

    /** Where the translation's parts are, together; null when there are none. */
    public TextRange translationRange() {
        return translation.isEmpty() ? null : new TextRange(translation.get(0).start(), translation.get(translation.size() - 1).end());
    }
}
