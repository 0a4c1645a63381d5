package guide.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The known sections of a document: its {@code ##} headings with an id ({@code ## Ryczałt {#fixed-price}}),
 * which an editor keeps the same in every language, and the blocks each one covers, counted as
 * {@link SourceRevision#blocks} counts them (the title is block 0). A block belongs to the section of
 * the nearest {@code ##} heading before it; blocks before the first heading, and those under a
 * heading without an id, belong to no known section. Lines inside fenced code are not headings.
 * Every {@code ##} heading, with an id or not, is also counted in order ({@link #headings}): a section
 * without an id is known by its place among them, which pairs it with the translation's when both
 * have the same headings ({@link #sameHeadings}).
 */
public final class DocumentSections {
    private static final Pattern HEADING = Pattern.compile("^##\\s+(.+?)\\s*\\{#([A-Za-z0-9_-]+)[^}]*}\\s*$");
    private static final Pattern ANY_H2 = Pattern.compile("^##\\s.*");
    private static final Pattern HEADING_START = Pattern.compile("^##\\s+[^{]*\\{#[^}]*}");
    private static final Pattern FENCE = Pattern.compile("(^| )(```|~~~)");

    /**
     * One known section.
     *
     * @param id    the heading's {@code {#id}}, or "" for a heading without one (in {@link #headings} only)
     * @param title the heading's text, Markdown as written ("" for a heading without an id: its block may run on past it)
     * @param block the heading's block
     */
    public record Section(String id, String title, int block) {
    }

    private final List<String> blocks;
    private final List<Section> sections;
    private final List<Section> byBlock;
    private final List<Section> headings;
    private final List<Section> headingByBlock;

    private DocumentSections(List<String> blocks, List<Section> sections, List<Section> byBlock, List<Section> headings,
                             List<Section> headingByBlock) {
        this.blocks = blocks;
        this.sections = sections;
        this.byBlock = byBlock;
        this.headings = headings;
        this.headingByBlock = headingByBlock;
    }

    public static DocumentSections of(String title, String body) {
        List<String> blocks = SourceRevision.blocks(title, body);
        List<Section> sections = new ArrayList<>();
        List<Section> byBlock = new ArrayList<>(Collections.nCopies(blocks.size(), null));
        List<Section> headings = new ArrayList<>();
        List<Section> headingByBlock = new ArrayList<>(Collections.nCopies(blocks.size(), null));
        Section current = null;
        Section heading = null;
        boolean fenced = false;
        for (int b = 1; b < blocks.size(); b++) {
            String first = firstLine(blocks.get(b));
            if (!fenced) {
                Matcher m = HEADING.matcher(first);
                if (m.matches()) {
                    current = new Section(m.group(2), m.group(1), b);
                    sections.add(current);
                    heading = current;
                    headings.add(heading);
                } else if (ANY_H2.matcher(first).matches()) {
                    current = null;
                    heading = new Section("", "", b);
                    headings.add(heading);
                }
            }
            byBlock.set(b, current);
            headingByBlock.set(b, heading);
            fenced = fencedAfter(blocks.get(b), fenced);
        }
        return new DocumentSections(blocks, List.copyOf(sections), byBlock, List.copyOf(headings), headingByBlock);
    }

    /** The block's first line: blocks have their whitespace collapsed, so a heading ends at the first "{#…}". */
    private static String firstLine(String block) {
        Matcher m = HEADING_START.matcher(block);
        return m.lookingAt() ? m.group() : block;
    }

    /** Whether a fence is open after the block (blocks are whitespace-collapsed, so fences are counted by their markers). */
    private static boolean fencedAfter(String block, boolean fenced) {
        int fences = 0;
        Matcher m = FENCE.matcher(block);
        while (m.find()) {
            fences++;
        }
        return fences % 2 == 1 ? !fenced : fenced;
    }

    /** The known section a block belongs to, if any (block 0, the title, is in none). */
    public Optional<Section> sectionOf(int block) {
        return block >= 1 && block < byBlock.size() ? Optional.ofNullable(byBlock.get(block)) : Optional.empty();
    }

    /** The place among {@link #headings} of the {@code ##} heading a block falls under, with an id or not; -1 for none. */
    public int headingOf(int block) {
        Section heading = block >= 1 && block < headingByBlock.size() ? headingByBlock.get(block) : null;
        return heading == null ? -1 : headings.indexOf(heading);
    }

    /** Every {@code ##} heading outside code, in order: the known sections, and those without an id (id ""). */
    public List<Section> headings() {
        return headings;
    }

    /**
     * Whether the two documents have the same {@code ##} headings: as many, each with the same id or each without one. Then a heading
     * without an id is the other's heading in the same place: the source's section and its translation.
     */
    public boolean sameHeadings(DocumentSections other) {
        return headings.size() == other.headings.size()
                && IntStream.range(0, headings.size()).allMatch(k -> headings.get(k).id().equals(other.headings.get(k).id()));
    }

    public Optional<Section> byId(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Section> all() {
        return sections;
    }

    /** The document's blocks, whitespace collapsed; block 0 is {@code # title}. */
    public List<String> blocks() {
        return blocks;
    }
}
