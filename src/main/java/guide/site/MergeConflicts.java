package guide.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The places where git left a merge conflict in a file: the lines from {@code <<<<<<< HEAD} to {@code >>>>>>> branch} that
 * hold both sides of an edit two branches made to the same lines. Left in, a page would show readers the markers and both
 * versions of the text, and a YAML file or a header would fail with an error that says nothing of git. A conflict is known by
 * its start marker alone, seven {@code <} at the start of a line followed by a space or the line's end, as git writes it:
 * {@code =======} alone is also a Markdown heading's underline, and {@code >>>>>>>} alone a quotation nested seven deep. In a
 * page's fenced code a start marker counts only with the other two after it, or with one of them after it outside code
 * ({@link #inPage}).
 */
public final class MergeConflicts {
    private static final String START = "<<<<<<<";
    private static final String MIDDLE = "=======";
    private static final String END = ">>>>>>>";
    private static final String UNRESOLVED = "unresolved merge conflict (";

    private MergeConflicts() {
    }

    /** One problem per conflict in {@code text}, at its start marker's line. @param shown the file as messages name it */
    public static List<Problem> in(Path shown, String text) {
        return in(shown, text, false);
    }

    /**
     * {@link #in} for a page (Markdown after a header): in its fenced code, where an article about git shows markers, only a
     * whole conflict counts, its three markers in order ({@code <<<<<<<}, {@code =======}, {@code >>>>>>>}), as git always
     * writes them, in code or not; a marker there without the others is an example. But a start marker in code followed,
     * before the next start marker, by a {@code =======} or {@code >>>>>>>} line outside code is a conflict cut across the
     * block's fence and resolved by half, not an example: outside code neither is anything else a page may hold (a line
     * of seven {@code =} under text would make a second h1, which the build refuses too). Outside code any start marker
     * counts, the others perhaps deleted by a conflict resolved by half.
     */
    public static List<Problem> inPage(Path shown, String text) {
        return in(shown, text, true);
    }

    private static List<Problem> in(Path shown, String text, boolean page) {
        if (!text.contains(START)) {
            return List.of();
        }
        // A byte order mark before the first line is not part of it.
        String[] lines = TextLines.lines(text.startsWith("\uFEFF") ? text.substring(1) : text).toArray(String[]::new);
        boolean[] fenced = page ? CodeFences.of(lines) : new boolean[lines.length];
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (isMarker(lines[i], START)) {
                int end = i + 1;
                boolean middle = false;
                boolean outside = false;
                while (end < lines.length && !isMarker(lines[end], END) && !isMarker(lines[end], START)) {
                    middle |= isMarker(lines[end], MIDDLE);
                    outside |= isMarker(lines[end], MIDDLE) && !fenced[end];
                    end++;
                }
                boolean closed = end < lines.length && isMarker(lines[end], END);
                outside |= closed && !fenced[end];
                if (!fenced[i] || middle && closed || outside) {
                    found.add(new Problem(shown, i + 1, message(lines, i, closed ? end : -1)));
                }
            }
        }
        return found;
    }

    /** Adds the conflicts in {@code text} to {@code problems}: whether there were any. */
    public static boolean found(Path shown, String text, List<Problem> problems) {
        return add(in(shown, text), problems);
    }

    /** Adds the conflicts in the page {@code text} ({@link #inPage}) to {@code problems}: whether there were any. */
    public static boolean foundInPage(Path shown, String text, List<Problem> problems) {
        return add(inPage(shown, text), problems);
    }

    private static boolean add(List<Problem> conflicts, List<Problem> problems) {
        problems.addAll(conflicts);
        return !conflicts.isEmpty();
    }

    /** Whether {@code problem} is a conflict {@link #in} found. */
    public static boolean isConflict(Problem problem) {
        return problem.message().startsWith(UNRESOLVED);
    }

    /** The conflicts among {@code problems} (those a content load found, say), in their order. */
    public static List<Problem> among(List<Problem> problems) {
        return problems.stream().filter(MergeConflicts::isConflict).toList();
    }

    private static String message(String[] lines, int start, int end) {
        String span = end < 0 ? "from '" + lines[start].strip() + "', with no '" + END + "' line after it"
                : "lines " + (start + 1) + "-" + (end + 1) + ", from '" + lines[start].strip() + "' to '" + lines[end].strip() + "'";
        return UNRESOLVED + span + "): git left both versions of these lines here;"
                + " keep the one that should stay (or combine them) and delete the other and the marker lines " + START + ", " + MIDDLE
                + " and " + END + (end < 0 ? "" : importRecords(lines, start, end));
    }

    /**
     * What to keep of the lines an XLIFF import writes in a translation's header, when two branches that each imported a file
     * conflict on them: the key names say nothing to a translator. Either {@code lastImport=} line is safe to keep, as it counts
     * only while the text is as that import wrote it; each {@code importedFrom=} line records other unit texts, so both values stay.
     */
    private static String importRecords(String[] lines, int start, int end) {
        StringBuilder advice = new StringBuilder();
        if (hasKey(lines, start, end, "lastImport=")) {
            advice.append("; of the two lastImport= lines keep either: an XLIFF import's record, it counts only while the text is as that"
                    + " import wrote it, so neither lets a file replace other work without a word");
        }
        if (hasKey(lines, start, end, "importedFrom=")) {
            advice.append("; of the two importedFrom= lines keep one with both values, separated by a space: each says which XLIFF export"
                    + " some unit texts came from");
        }
        return advice.toString();
    }

    private static boolean hasKey(String[] lines, int start, int end, String key) {
        for (int i = start + 1; i < end; i++) {
            if (lines[i].startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarker(String line, String marker) {
        return line.startsWith(marker) && (line.length() == marker.length() || line.charAt(marker.length()) == ' ');
    }
}
