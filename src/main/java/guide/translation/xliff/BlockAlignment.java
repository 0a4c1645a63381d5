package guide.translation.xliff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Does a part of the translation follow its source part block for block, so that it can go out as
 * today's units, one per heading, paragraph, list item or cell? It does when it has one block for
 * each block the stamp had of the part, each with as many units of the same kind and the same
 * placeholders of each kind (see {@link TagMatcher}), and, for a block unchanged since the stamp,
 * the same Markdown around them (list markers, ids, blank lines): then the source's skeleton
 * filled with the translation's units gives the translation's part back, byte for byte.
 */
final class BlockAlignment {
    private final SegmentedBody source;
    private final SegmentedBody translation;
    private final BlockStates states;

    BlockAlignment(SegmentedBody source, SegmentedBody translation, BlockStates states) {
        this.source = source;
        this.translation = translation;
        this.states = states;
    }

    /**
     * Each source unit's target (by its index in the source's units; none for a unit of a block
     * added since the stamp), or empty when the parts do not align.
     */
    Optional<Map<Integer, TaggedText>> targets(BodyPart sourcePart, BodyPart translationPart, BlockStates.Span span) {
        List<Integer> sourceBlocks = source.blocks().overlapping(sourcePart.range());
        List<Integer> translationBlocks = translation.blocks().overlapping(translationPart.range());
        if (sourceBlocks.isEmpty() || translationBlocks.isEmpty()) {
            return sourceBlocks.isEmpty() && translationBlocks.isEmpty() ? Optional.of(Map.of()) : Optional.empty();
        }
        if (span.isEmpty() || translationBlocks.size() != span.length()) {
            return Optional.empty();
        }
        Map<Integer, TaggedText> targets = new HashMap<>();
        for (int block : sourceBlocks) {
            int stamped = states.stampedBlock(block);
            if (stamped < 1) {
                continue;
            }
            TextRange from = clip(source.blocks().range(block), sourcePart.range());
            TextRange to = clip(translation.blocks().range(translationBlocks.get(stamped - span.lo())), translationPart.range());
            if (!block(from, to, states.change(block) == BlockStates.Change.UNCHANGED, targets)) {
                return Optional.empty();
            }
        }
        return Optional.of(targets);
    }

    /** Pairs the units of one source block with those of its translation block; false when they do not match. */
    private boolean block(TextRange from, TextRange to, boolean unchanged, Map<Integer, TaggedText> targets) {
        List<Integer> sourceUnits = source.unitsStartingIn(from);
        List<Integer> translationUnits = translation.unitsStartingIn(to);
        if (sourceUnits.size() != translationUnits.size() || unchanged && !sameShape(from, to)) {
            return false;
        }
        for (int k = 0; k < sourceUnits.size(); k++) {
            Unit original = source.units().get(sourceUnits.get(k));
            Unit translated = translation.units().get(translationUnits.get(k));
            Optional<TaggedText> target = original.kind() == translated.kind() ? TagMatcher.remap(translated.source(), original.source()) : Optional.empty();
            if (target.isEmpty()) {
                return false;
            }
            targets.put(sourceUnits.get(k), target.get());
        }
        return true;
    }

    /**
     * Whether the two blocks have the same Markdown around their words. The translation's last block
     * ends with the file's last line break, where the source's may go on with a blank line and a
     * section added since the stamp: the line breaks at the end of the file do not count, as the
     * source's skeleton writes what follows the block.
     */
    private boolean sameShape(TextRange from, TextRange to) {
        String sourceShape = shape(source, from);
        String translationShape = shape(translation, to);
        if (to.end() == translation.body().length()) {
            return sourceShape.stripTrailing().equals(translationShape.stripTrailing());
        }
        return sourceShape.equals(translationShape);
    }

    /** The Markdown of {@code range} with each unit's text replaced by one NUL: what stays when the words change. */
    private static String shape(SegmentedBody body, TextRange range) {
        StringBuilder out = new StringBuilder();
        int at = range.start();
        for (TextRange unit : body.ranges()) {
            if (unit.overlaps(range)) {
                out.append(body.body(), at, Math.max(at, unit.start())).append('\0');
                at = Math.min(unit.end(), range.end());
            }
        }
        return out.append(body.body(), at, range.end()).toString();
    }

    private static TextRange clip(TextRange range, TextRange within) {
        int start = Math.max(range.start(), within.start());
        return new TextRange(start, Math.max(start, Math.min(range.end(), within.end())));
    }
}
