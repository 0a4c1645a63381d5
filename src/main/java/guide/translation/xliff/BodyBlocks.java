package guide.translation.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the blocks of a body are, counted as {@link guide.translation.SourceRevision} counts
 * them (the body split at blank lines, empty pieces skipped, the title being block 0), so that a
 * unit can be told which hash of a translation's stamp covers it.
 */
final class BodyBlocks {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private final int[] starts;
    private final int length;

    BodyBlocks(String body) {
        this.length = body.length();
        List<Integer> found = new ArrayList<>();
        Matcher m = BLANK_LINES.matcher(body);
        int at = 0;
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : body.length();
            if (!body.substring(at, end).isBlank()) {
                found.add(at);
            }
            if (!more) {
                break;
            }
            at = m.end();
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The block (1 for the body's first) that holds the character at {@code offset}. */
    int blockAt(int offset) {
        int block = 0;
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            block = i + 1;
        }
        return Math.max(block, 1);
    }

    /** How many blocks the body has. */
    int count() {
        return starts.length;
    }

    /**
     * Block {@code block} (1 for the first) with the blank lines after it; the first also takes any
     * blank lines before it, so that the blocks' ranges cover the body without gaps.
     */
    TextRange range(int block) {
        int start = block == 1 ? 0 : starts[block - 1];
        int end = block < starts.length ? starts[block] : length;
        return new TextRange(start, end);
    }

    /** The blocks whose range shares text with {@code part} (a part without text has none), in order. */
    List<Integer> overlapping(TextRange part) {
        List<Integer> found = new ArrayList<>();
        for (int block = 1; block <= starts.length; block++) {
            if (range(block).overlaps(part)) {
                found.add(block);
            }
        }
        return found;
    }
}
