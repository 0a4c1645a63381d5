package guide.translation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed inside an edited block, word by word: the old and the new text cut into words,
 * spaces and punctuation marks, compared with java-diff-utils (Myers' algorithm), as runs of
 * unchanged, removed and added text. For the translation report ({@link #excerpt}: the changes
 * with a little context, {@code … licencje {+Nowe zdanie.+}}) and the dashboard ({@code <del>},
 * {@code <ins>}).
 */
public final class WordDiff {
    /** A word (letters, marks, digits), a run of white space, or any other single character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.DOTALL);
    /** Unchanged text shown before a change, after it, and at most at either side of a long unchanged run between two. */
    static final int CONTEXT = 30;
    /** A removed or added run longer than this is shown by its start and end. */
    static final int LONGEST_CHANGE = 160;
    /** Changes shown in one excerpt; more are counted. */
    static final int MOST_CHANGES = 3;

    private WordDiff() {
    }

    /** One run of text: unchanged, removed from the old text, or added in the new. */
    public record Segment(Kind kind, String text) {
    }

    /** What happened to a run of text. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /**
     * The old and the new text as runs, in reading order (a removed run before the added run that
     * replaces it). Two changes with nothing but white space between them are one change: "[-a b-]{+c d+}"
     * reads better than "[-a-]{+c+} [-b-]{+d+}".
     */
    public static List<Segment> of(String old, String now) {
        List<String> before = tokens(old);
        List<String> after = tokens(now);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int from = delta.getSource().getPosition();
            add(segments, Kind.SAME, String.join("", before.subList(at, from)));
            add(segments, Kind.REMOVED, String.join("", delta.getSource().getLines()));
            add(segments, Kind.ADDED, String.join("", delta.getTarget().getLines()));
            at = from + delta.getSource().size();
        }
        add(segments, Kind.SAME, String.join("", before.subList(at, before.size())));
        return joinNearChanges(segments);
    }

    /**
     * The runs for people to read: as {@link #of}, but white space at the edges of an addition or a
     * removal that replaces nothing stands outside it ("wiedzy. {+Nowe zdanie.+}", not "wiedzy.{+ Nowe
     * zdanie.+}"), so that a mark never starts or ends with a space.
     */
    public static List<Segment> shown(String old, String now) {
        List<Segment> segments = of(old, now);
        List<Segment> shown = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean alone = alone(segments, i);
            String core = s.text().strip();
            if (s.kind() == Kind.SAME) {
                addSame(shown, s.text());
                continue;
            }
            if (!alone || core.isEmpty()) {
                shown.add(s);
                continue;
            }
            int start = s.text().indexOf(core);
            addSpace(shown, s.text().substring(0, start));
            shown.add(new Segment(s.kind(), core));
            addSpace(shown, s.text().substring(start + core.length()));
        }
        return shown;
    }

    /** White space moved out of a change, as one space of unchanged text. */
    private static void addSpace(List<Segment> shown, String space) {
        if (!space.isEmpty()) {
            addSame(shown, " ");
        }
    }

    /** Unchanged text, joined to unchanged text before it with one space where both have one at the join. */
    private static void addSame(List<Segment> shown, String text) {
        Segment last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        if (last == null || last.kind() != Kind.SAME) {
            shown.add(new Segment(Kind.SAME, text));
            return;
        }
        String joined = last.text().endsWith(" ") && text.startsWith(" ") ? last.text() + text.substring(1) : last.text() + text;
        shown.set(shown.size() - 1, new Segment(Kind.SAME, joined));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.kind() == kind) {
            segments.set(segments.size() - 1, new Segment(kind, last.text() + text));
        } else if (last != null && kind == Kind.REMOVED && last.kind() == Kind.ADDED) {
            // keep a removed run before the added one it stands beside
            Segment added = segments.remove(segments.size() - 1);
            add(segments, Kind.REMOVED, text);
            add(segments, Kind.ADDED, added.text());
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    /**
     * Changes separated only by white space become one. Two replacements: the space goes into both the
     * removed and the added run. Two removals (or two additions) where the space can slide to one side,
     * because the second ends with it or the first starts with it ("[-,-] [-szkolenia -]i" is
     * "[-, szkolenia-] i"): the space moves there. A replacement and a removal (or addition) after it that ends with the
     * space become one replacement, the space after it ("[-co-]{+trzech+} [-najmniej dwóch -]" is "[-co najmniej dwóch-]{+trzech+} "). Otherwise the changes stay apart, as a space in a
     * mark of its own would only be noise.
     */
    private static List<Segment> joinNearChanges(List<Segment> segments) {
        List<Segment> joined = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean blank = s.kind() == Kind.SAME && s.text().isBlank();
            if (blank && replacementEndsAt(segments, i - 1) && replacementStartsAt(segments, i + 1)) {
                add(joined, Kind.REMOVED, s.text());
                add(joined, Kind.ADDED, s.text());
            } else if (blank && replacementEndsAt(segments, i - 1) && alone(segments, i + 1) && segments.get(i + 1).text().endsWith(s.text())) {
                // "[-co-]{+trzech+} [-najmniej dwóch -]" is "[-co najmniej dwóch-]{+trzech+} ": the space moves after the replacement
                Segment after = segments.get(++i);
                String space = s.text();
                add(joined, after.kind(), space + after.text().substring(0, after.text().length() - space.length()));
                add(joined, Kind.SAME, space);
            } else if (blank && alone(segments, i - 1) && alone(segments, i + 1) && slides(joined.get(joined.size() - 1), s.text(), segments.get(i + 1))) {
                Segment before = joined.remove(joined.size() - 1);
                Segment after = segments.get(++i);
                String space = s.text();
                if (after.text().endsWith(space)) {
                    add(joined, before.kind(), before.text() + space + after.text().substring(0, after.text().length() - space.length()));
                    add(joined, Kind.SAME, space);
                } else {
                    add(joined, Kind.SAME, space);
                    add(joined, before.kind(), before.text().substring(space.length()) + space + after.text());
                }
            } else {
                add(joined, s.kind(), s.text());
            }
        }
        return joined;
    }

    /** True when two removals (or additions) with {@code space} between can be one, the space moved to one side. */
    private static boolean slides(Segment before, String space, Segment after) {
        return before.kind() == after.kind() && before.kind() != Kind.SAME && (after.text().endsWith(space) || before.text().startsWith(space));
    }

    /** True for a removal or an addition that replaces nothing and is replaced by nothing. */
    private static boolean alone(List<Segment> segments, int i) {
        if (i < 0 || i >= segments.size() || segments.get(i).kind() == Kind.SAME) {
            return false;
        }
        return segments.get(i).kind() == Kind.REMOVED ? !replacementStartsAt(segments, i) : !replacementEndsAt(segments, i);
    }

    private static boolean replacementEndsAt(List<Segment> segments, int i) {
        return i >= 1 && segments.get(i).kind() == Kind.ADDED && segments.get(i - 1).kind() == Kind.REMOVED;
    }

    private static boolean replacementStartsAt(List<Segment> segments, int i) {
        return i + 1 < segments.size() && segments.get(i).kind() == Kind.REMOVED && segments.get(i + 1).kind() == Kind.ADDED;
    }

    /**
     * The changes of an edited block for a line of text, as git's {@code --word-diff=plain} marks them:
     * removed text {@code [-like this-]}, added text {@code {+like this+}}, from a little before the
     * first change (so a sentence added at the end of a long paragraph is what shows), unchanged text
     * between changes shortened to its ends, at most {@value #MOST_CHANGES} changes (the others counted).
     */
    public static String excerpt(String old, String now) {
        List<Segment> segments = shown(old, now);
        int changes = 0;
        for (int i = 0; i < segments.size(); i++) {
            changes += startsChange(segments, i) ? 1 : 0;
        }
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String text = segment.text();
            if (segment.kind() == Kind.SAME) {
                if (i == segments.size() - 1 || shown == MOST_CHANGES) {
                    s.append(head(text));
                    break;
                }
                s.append(i == 0 ? tail(text) : middle(text));
                continue;
            }
            if (startsChange(segments, i)) {
                if (shown == MOST_CHANGES) {
                    break;
                }
                shown++;
            }
            s.append(segment.kind() == Kind.REMOVED ? "[-" + shortened(text) + "-]" : "{+" + shortened(text) + "+}");
        }
        int more = changes - shown;
        return s.toString().strip() + (more > 0 ? " (and " + more + " more change" + (more == 1 ? "" : "s") + ")" : "");
    }

    /** True for a removed run, and for an added run that does not replace the removed run before it. */
    private static boolean startsChange(List<Segment> segments, int i) {
        Kind kind = segments.get(i).kind();
        return kind == Kind.REMOVED || kind == Kind.ADDED && (i == 0 || segments.get(i - 1).kind() != Kind.REMOVED);
    }

    /** The end of the unchanged text before the first change, from a word's start. */
    private static String tail(String text) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        String end = text.substring(text.length() - CONTEXT);
        int space = end.indexOf(' ');
        return "… " + (space >= 0 && space < end.length() - 1 ? end.substring(space + 1) : end);
    }

    /** The start of the unchanged text after the last change shown, to a word's end. */
    private static String head(String text) {
        if (text.length() <= CONTEXT) {
            return text;
        }
        String start = text.substring(0, CONTEXT);
        int space = start.lastIndexOf(' ');
        return (space > 0 ? start.substring(0, space) : start) + " …";
    }

    /** Unchanged text between two changes: whole when short, else its two ends. */
    private static String middle(String text) {
        if (text.length() <= 2 * CONTEXT + 3) {
            return text;
        }
        return head(text) + tail(text).substring(1);
    }

    private static String shortened(String text) {
        if (text.length() <= LONGEST_CHANGE) {
            return text;
        }
        int half = LONGEST_CHANGE / 2;
        return text.substring(0, half).stripTrailing() + " … " + text.substring(text.length() - half).stripLeading();
    }
}
