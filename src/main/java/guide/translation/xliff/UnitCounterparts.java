package guide.translation.xliff;

import guide.content.ContentDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * For each unit of an XLIFF file, the unit that stands for the same source text in an export of the translation as it is now:
 * what the translation holds for it today. A unit's id is its place ({@code b5.1}: the fifth block), so a section added to the
 * source since the export, or a part of the translation that no longer follows its source block for block (one unit for the
 * whole section now), moves the ids; a unit is matched by its id when that unit still has the same source, and otherwise by
 * its source text, the first unmatched unit with the same source in document order (a table's repeated cells pair in order).
 * A unit whose source is in no unit now (edited since the export, or inside a whole section now) has no counterpart: what the
 * translation did to it since cannot be told, and the import says so rather than guess ({@link #unmatched}).
 */
final class UnitCounterparts {
    private final Map<String, ExportedUnit> matched;
    private final List<ReadUnit> unmatched;

    private UnitCounterparts(Map<String, ExportedUnit> matched, List<ReadUnit> unmatched) {
        this.matched = matched;
        this.unmatched = List.copyOf(unmatched);
    }

    /** The counterparts of {@code file}'s units in the export of {@code translation} from {@code source} as they are now. */
    static UnitCounterparts of(XliffFile file, ContentDocument source, ContentDocument translation) {
        return of(file.units(), XliffExporter.export(source, Optional.of(translation), file.targetLang(), file.targetPath()).document().units());
    }

    /**
     * {@link #of(XliffFile, ContentDocument, ContentDocument)}, worked out when first asked and then kept: it exports the translation
     * again, and one import may ask up to three times ({@link NewerStamp}, {@link OverlappingWork}, {@link UncomparedUnits}). Only
     * asked when there is a {@code translation}.
     */
    static Supplier<UnitCounterparts> once(XliffFile file, ContentDocument source, Optional<ContentDocument> translation) {
        return new Supplier<>() {
            private UnitCounterparts made;

            @Override
            public UnitCounterparts get() {
                if (made == null) {
                    made = of(file, source, translation.orElseThrow());
                }
                return made;
            }
        };
    }

    /** The counterparts of {@code units} among {@code now}: by id where the source is the same, else by source text, in order. */
    static UnitCounterparts of(List<ReadUnit> units, List<ExportedUnit> now) {
        Map<String, ExportedUnit> byId = new LinkedHashMap<>();
        now.forEach(u -> byId.putIfAbsent(u.unit().id(), u));
        Map<String, ExportedUnit> matched = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ReadUnit unit : units) {
            ExportedUnit same = byId.get(unit.id());
            if (same != null && same.unit().source().markdown().equals(unit.source().markdown())) {
                matched.put(unit.id(), same);
                taken.add(same.unit().id());
            }
        }
        Map<String, Deque<ExportedUnit>> bySource = new LinkedHashMap<>();
        now.stream().filter(u -> !taken.contains(u.unit().id()))
                .forEach(u -> bySource.computeIfAbsent(u.unit().source().markdown(), k -> new ArrayDeque<>()).add(u));
        List<ReadUnit> unmatched = new ArrayList<>();
        for (ReadUnit unit : units) {
            if (!matched.containsKey(unit.id())) {
                Deque<ExportedUnit> candidates = bySource.get(unit.source().markdown());
                if (candidates == null || candidates.isEmpty()) {
                    unmatched.add(unit);
                } else {
                    matched.put(unit.id(), candidates.poll());
                }
            }
        }
        return new UnitCounterparts(matched, unmatched);
    }

    /** The unit that stands for {@code unit}'s source now, if one does. */
    Optional<ExportedUnit> of(ReadUnit unit) {
        return Optional.ofNullable(matched.get(unit.id()));
    }

    /** The file's units with no counterpart now, in the file's order. */
    List<ReadUnit> unmatched() {
        return unmatched;
    }
}
