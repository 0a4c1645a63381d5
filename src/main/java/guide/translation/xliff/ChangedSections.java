package guide.translation.xliff;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.translation.SourceRevision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sections of a source that changed since an XLIFF file was exported, each named by its heading, and what the file does
 * in each: whether the translator changed a unit there (its target or state is not what the export wrote: its
 * {@link UnitFingerprint}), and whether the file leaves the section out (a whole-section unit the export allowed to stay
 * empty, left so). Blocks are aligned as {@link PartialStamp} aligns them ({@link BlockStates} between the file's revision
 * and the source's, {@link BodyBlocks} over the skeleton filled with the units' sources); a block belongs to the section of
 * the heading before it (a block that starts with a heading as the page's Markdown reads it: {@code ## Title}, or a text
 * underlined with {@code ===} or {@code ---}, which a line-by-line look would take for the previous section's text), the title
 * and the summary are sections of their own, and the text before the first heading is "the opening".
 * {@link SourceChangedRefusal} says from this what a forced import would do to this page.
 *
 * @param sections the changed sections: the title, then the body's in the source's order, then those removed since, then the summary
 * @param known    false for a file exported before the export recorded its units' fingerprints: who changed what is not known
 * @param anyTouched true when the file changes any unit, in a changed section or not
 */
record ChangedSections(List<Section> sections, boolean known, boolean anyTouched) {
    /**
     * @param name    the heading's text (as it is now; as exported for a section removed since), or "the title", "the summary",
     *                "the opening"
     * @param added   true for a section the source did not have at the export
     * @param touched true when the file changed a unit in it
     * @param leftOut true when the file leaves the whole section out
     */
    record Section(String name, boolean added, boolean touched, boolean leftOut) {
    }

    /** True when every changed section is one the file leaves out: nothing it translates changed. */
    boolean onlyLeftOut() {
        return !sections.isEmpty() && sections.stream().allMatch(Section::leftOut);
    }

    List<Section> touched() {
        return sections.stream().filter(Section::touched).toList();
    }

    static ChangedSections of(XliffFile file, ContentDocument source) {
        SourceRevision now = SourceRevision.of(source);
        BlockStates states = BlockStates.between(file.revision(), now);
        String exported = file.skeleton().fill(id -> file.unit(id).map(u -> u.source().markdown()).orElse(""));
        BodyBlocks oldBlocks = new BodyBlocks(exported);
        BodyBlocks newBlocks = new BodyBlocks(source.body());
        String[] oldHeadings = headings(exported, oldBlocks);
        int[] oldSection = sectionOf(oldHeadings);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Boolean> changed = new LinkedHashMap<>();
        names.put("title", "the title");
        changed.put("title", states.change(0) != BlockStates.Change.UNCHANGED);
        String[] newHeadings = headings(source.body(), newBlocks);
        boolean[] mapped = new boolean[file.revision().blocks().size()];
        String section = "o0";
        names.put(section, "the opening");
        for (int block = 1; block <= newBlocks.count(); block++) {
            int stamped = states.stampedBlock(block);
            if (stamped >= 0 && stamped < mapped.length) {
                mapped[stamped] = true;
            }
            if (newHeadings[block] != null) {
                section = stamped >= 1 && oldHeadings[stamped] != null ? "o" + stamped : "n" + block;
                names.put(section, newHeadings[block]);
            }
            changed.merge(section, states.change(block) != BlockStates.Change.UNCHANGED, Boolean::logicalOr);
        }
        for (int s = 1; s < mapped.length && s <= oldBlocks.count(); s++) {
            String key = "o" + oldSection[s];
            names.putIfAbsent(key, oldHeadings[oldSection[s]]);
            changed.merge(key, !mapped[s], Boolean::logicalOr);
        }
        names.put("summary", "the summary");
        changed.put("summary", file.revision().summaryChanged(now));
        Map<String, Boolean> touched = new LinkedHashMap<>();
        Map<String, Boolean> leftOut = new LinkedHashMap<>();
        units(file, exported, oldBlocks, oldSection, touched, leftOut);
        List<Section> sections = names.keySet().stream().filter(k -> changed.getOrDefault(k, false))
                .map(k -> new Section(names.get(k), k.startsWith("n"), touched.getOrDefault(k, false), leftOut.getOrDefault(k, false)))
                .toList();
        return new ChangedSections(sections, !file.exported().isEmpty(), touched.containsValue(true));
    }

    /** For each section (by key) whether a unit in it was changed by the translator, and whether the file leaves it all out. */
    private static void units(XliffFile file, String exported, BodyBlocks oldBlocks, int[] oldSection,
                              Map<String, Boolean> touched, Map<String, Boolean> leftOut) {
        Map<String, int[]> offsets = file.skeleton().offsets(id -> file.unit(id).map(u -> u.source().markdown()).orElse(""));
        for (ReadUnit unit : file.units()) {
            Set<String> keys = unit.id().equals(Unit.TITLE) || unit.id().equals(Unit.SUMMARY) ? Set.of(unit.id().equals(Unit.TITLE) ? "title" : "summary")
                    : offsets.containsKey(unit.id()) ? keysOf(oldBlocks.overlapping(range(offsets.get(unit.id()))), oldSection) : Set.of();
            boolean changedByTranslator = !UnitFingerprint.of(unit).equals(file.exported().get(unit.id()));
            boolean out = file.optional().contains(unit.id()) && empty(unit);
            for (String key : keys) {
                touched.merge(key, changedByTranslator && !out, Boolean::logicalOr);
                leftOut.merge(key, out, Boolean::logicalAnd);
            }
        }
    }

    private static TextRange range(int[] at) {
        return new TextRange(at[0], at[1]);
    }

    private static Set<String> keysOf(List<Integer> blocks, int[] oldSection) {
        return blocks.stream().filter(b -> b < oldSection.length).map(b -> "o" + oldSection[b]).collect(Collectors.toSet());
    }

    /** A whole-section unit whose target keeps the section out: empty, or a copy of its source, as the import takes it. */
    private static boolean empty(ReadUnit unit) {
        if (unit.target() == null) {
            return true;
        }
        String target = TargetText.prepared(unit.source(), unit.target()).markdown().strip().replaceAll("\\s+", " ");
        return target.isEmpty() || target.equals(unit.source().markdown().strip().replaceAll("\\s+", " "));
    }

    /** Each block's heading text, without its {@code {#id}} (index 1 for the first block); null for a block that starts with none. */
    private static String[] headings(String body, BodyBlocks blocks) {
        String[] headings = new String[blocks.count() + 1];
        for (Node node : Markdown.parse(body).getChildren()) {
            int block = blocks.blockAt(node.getStartOffset());
            if (node instanceof Heading h && body.substring(blocks.range(block).start(), h.getStartOffset()).isBlank()) {
                StringBuilder text = new StringBuilder();
                h.getChildren().forEach(c -> text.append(c instanceof AttributesNode ? "" : c.getChars()));
                headings[block] = text.toString().strip().replaceAll("\\s+", " ");
            }
        }
        return headings;
    }

    /** For each block, the block of the heading it comes under (itself for a heading), 0 before the first heading. */
    private static int[] sectionOf(String[] headings) {
        int[] section = new int[headings.length];
        for (int block = 1; block < headings.length; block++) {
            section[block] = headings[block] != null ? block : section[block - 1];
        }
        return section;
    }
}
