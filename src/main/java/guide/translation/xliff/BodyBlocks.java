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

    BodyBlocks(String body) {
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
}
