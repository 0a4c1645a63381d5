package guide.translation.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of a translation job for a source that has a translation, part by part (see
 * {@link PartPlanner}). A part the translation follows block for block ({@link BlockAlignment})
 * goes out as today's units, with the source's skeleton around them. Any other part goes out as one
 * unit ({@link UnitKind#SECTION}): its source is the source's part, its target the translation's
 * part as it stands (with the parts of the translation's own that follow it), and its slot in the
 * skeleton takes the whole part, so the import writes back exactly what the target says. A part
 * the translation lacks goes out with an empty target; left empty, it stays out of the translation
 * (unless the part is new since the stamp: then it must be translated).
 */
final class SectionedExport {
    /**
     * The body's skeleton, its units, the units whose target may come back empty, and the blocks of today's source
     * each unit stands for, by unit id (its own block; for a whole section, every block of the section).
     */
    record Body(Skeleton skeleton, List<ExportedUnit> units, Set<String> optional, Map<String, List<Integer>> blocks) {
    }

    private final SegmentedBody source;
    private final SegmentedBody translation;
    private final BlockStates states;
    private final boolean stamped;
    private final Skeleton.Builder skeleton = new Skeleton.Builder();
    private final List<ExportedUnit> units = new ArrayList<>();
    private final Set<String> optional = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<Integer>> blocks = new HashMap<>();

    private SectionedExport(SegmentedBody source, SegmentedBody translation, BlockStates states, boolean stamped) {
        this.source = source;
        this.translation = translation;
        this.states = states;
        this.stamped = stamped;
    }

    /** @param stamped whether the translation has a stamp (without one, nothing it has counts as current) */
    static Body of(SegmentedBody source, SegmentedBody translation, BlockStates states, boolean stamped) {
        SectionedExport export = new SectionedExport(source, translation, states, stamped);
        BlockAlignment alignment = new BlockAlignment(source, translation, states);
        for (PartPair pair : PartPlanner.plan(source.outline(), translation.outline())) {
            BlockStates.Span span = states.span(source.blocks().overlapping(pair.source().range()));
            Optional<Map<Integer, TaggedText>> blocks = pair.translation().size() == 1
                    ? alignment.targets(pair.source(), pair.translation().get(0), span)
                    : Optional.empty();
            if (blocks.isPresent()) {
                export.blocks(pair.source(), blocks.get());
            } else {
                export.whole(pair, span);
            }
        }
        return new Body(export.skeleton.build(), List.copyOf(export.units), Set.copyOf(export.optional), Map.copyOf(export.blocks));
    }

    private void blocks(BodyPart part, Map<Integer, TaggedText> targets) {
        int cursor = part.start();
        for (int i : source.unitsStartingIn(part.range())) {
            TextRange range = source.ranges().get(i);
            Unit unit = source.units().get(i);
            skeleton.literal(source.body().substring(cursor, range.start())).slot(unit.id());
            TaggedText target = targets.get(i);
            UnitState state = target == null ? UnitState.NEEDS_TRANSLATION
                    : stamped && states.current(unit.block()) ? UnitState.TRANSLATED : UnitState.NEEDS_REVIEW;
            units.add(new ExportedUnit(unit, target, state));
            blocks.put(unit.id(), List.of(unit.block()));
            cursor = range.end();
        }
        skeleton.literal(source.body().substring(cursor, part.end()));
    }

    private void whole(PartPair pair, BlockStates.Span span) {
        BodyPart part = pair.source();
        int block = source.blocks().blockAt(part.start());
        String id = "s" + block;
        for (int n = 2; !ids.add(id); n++) {
            id = "s" + block + "." + n;
        }
        TaggedText text = SectionText.of(source, part.range());
        TaggedText target = pair.translation().isEmpty() ? null : SectionText.sharingIds(text, SectionText.of(translation, pair.translationRange()));
        UnitState state = target == null ? UnitState.NEEDS_TRANSLATION
                : stamped && !span.changed() && !span.review() ? UnitState.TRANSLATED : UnitState.NEEDS_REVIEW;
        if (target == null && !span.isNew()) {
            optional.add(id);
        }
        skeleton.slot(id);
        units.add(new ExportedUnit(new Unit(id, UnitKind.SECTION, part.name(), block, text), target, state));
        blocks.put(id, source.blocks().overlapping(part.range()));
    }
}
