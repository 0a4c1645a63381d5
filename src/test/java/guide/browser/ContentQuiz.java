package guide.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quiz's title, signs, points and results as its content file gives them, read line by line as an editor writes them
 * ({@code title=…}, {@code ## 1. Payments {#id}}, {@code - [ ] … {#id points=3 decides=exit}},
 * {@code ### Title {#id points=0-5}} and the advice under it), not through the builder's own parser:
 * a test on the real quiz expects what the file says today, so an editor who rescores a statement or retitles a result
 * changes what the test expects, not whether it passes.
 *
 * @param title    the page's title, from its {@code title=} line
 * @param signs    each sign's heading, as "1. Payments", in the file's order
 * @param signIds  each sign's id, as {@code late-payments}, in the file's order (the page's is {@code sign-late-payments})
 * @param points   each statement's points, by id, in the file's order
 * @param decides  the band each deciding statement decides, by the statement's id
 * @param bands    the results, in the file's order
 */
record ContentQuiz(String title, List<String> signs, List<String> signIds, Map<String, Integer> points, Map<String, String> decides, List<Band> bands) {
    private static final Pattern TITLE = Pattern.compile("(?m)^title=(.*?)\\s*$");
    private static final Pattern SIGN = Pattern.compile("(?m)^## (\\d+\\. .*?) \\{#([\\w-]+)\\}\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,3} ");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((/[^)\\s]+)\\)");
    /** A statement as the builder takes it: any list bullet and spacing, a box ticked or not, attributes in any order. */
    private static final Pattern STATEMENT = Pattern.compile("(?m)^[-*+][ \\t]+\\[[ xX]\\][ \\t]*.*\\{([^}]*)\\}[ \\t]*$");
    /** A line that starts as a statement: one {@link #STATEMENT} cannot read is an error here, not a statement skipped. */
    private static final Pattern BOX = Pattern.compile("(?m)^[-*+][ \\t]+\\[[ xX]\\].*$");
    /** A result: a third-level heading whose attributes give points, a range with a hyphen or an en dash. */
    private static final Pattern BAND = Pattern.compile("(?m)^###[ \\t]+(.+?)[ \\t]*\\{([^}]*\\bpoints=[^}]*)\\}[ \\t]*(?:#+[ \\t]*)?$");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([\\w-]+)");
    private static final Pattern POINTS = Pattern.compile("(?:^|\\s)points=(\\d+)(?:[-\\u2013](\\d+))?(?=\\s|$)");
    private static final Pattern DECIDES = Pattern.compile("(?:^|\\s)decides=([\\w-]+)");

    /** A result: its id, its title, the scores it covers and its advice (the Markdown under its heading). */
    record Band(String id, String title, int min, int max, String advice) {

        /** The advice's links to a page of the site ({@code [text](/en/…)}), in the advice's order. */
        List<Link> links() {
            return LINK.matcher(advice).results().map(m -> new Link(m.group(1), m.group(2))).toList();
        }
    }

    /** A link of a result's advice: its text and the address it leads to on the site ({@code /en/…#…}). */
    record Link(String text, String address) {
    }

    /** The quiz of the file {@code file} under {@code dir}: the content folder and {@code pl/test-….md}, or the project and {@code content/pl/…}. */
    static ContentQuiz of(Path dir, String file) throws IOException {
        String text = withoutFencedBlocks(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, String> decides = new LinkedHashMap<>();
        Matcher box = BOX.matcher(text);
        while (box.find()) {
            Matcher statement = STATEMENT.matcher(box.group());
            Matcher id = statement.matches() ? ID.matcher(statement.group(1)) : null;
            Matcher worth = statement.matches() ? POINTS.matcher(statement.group(1)) : null;
            if (id == null || !id.find() || !worth.find() || worth.group(2) != null) {
                throw new AssertionError(file + ":" + lineAt(text, box.start()) + ": a statement this reader cannot read: " + box.group());
            }
            points.put(id.group(1), Integer.parseInt(worth.group(1)));
            Matcher decided = DECIDES.matcher(statement.group(1));
            if (decided.find()) {
                decides.put(id.group(1), decided.group(1));
            }
        }
        List<Band> bands = new ArrayList<>();
        Matcher band = BAND.matcher(text);
        while (band.find()) {
            Matcher id = ID.matcher(band.group(2));
            Matcher range = POINTS.matcher(band.group(2));
            if (!id.find() || !range.find() || range.group(2) == null) {
                throw new AssertionError(file + ":" + lineAt(text, band.start()) + ": a result this reader cannot read: " + band.group());
            }
            bands.add(new Band(id.group(1), band.group(1), Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)),
                    text.substring(band.end(), nextHeading(text, band.end())).strip()));
        }
        Matcher title = TITLE.matcher(text);
        if (points.isEmpty() || bands.isEmpty() || !title.find()) {
            throw new AssertionError(file + " has no title=, no statements (- [ ] … {#id points=N}) or no bands (### … {#id points=A-B})");
        }
        return new ContentQuiz(title.group(1), SIGN.matcher(text).results().map(m -> m.group(1)).toList(),
                SIGN.matcher(text).results().map(m -> m.group(2)).toList(), points, decides, bands);
    }

    /**
     * The text with the lines of its body's fenced code blocks emptied (line numbers kept): an example statement in a
     * code block is description to the builder, not a statement. The header's closing {@code ~~~~~~} is no fence.
     */
    private static String withoutFencedBlocks(String text) {
        int header = text.indexOf("\n~~~~~~\n");
        int body = header < 0 ? 0 : header + 8;
        StringBuilder out = new StringBuilder(text.substring(0, body));
        boolean fenced = false;
        for (String line : text.substring(body).split("\n", -1)) {
            boolean fence = line.startsWith("```") || line.startsWith("~~~");
            out.append(fenced || fence ? "" : line).append('\n');
            fenced ^= fence;
        }
        return out.substring(0, out.length() - 1);
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int nextHeading(String text, int from) {
        Matcher heading = HEADING.matcher(text);
        return heading.find(from) ? heading.start() : text.length();
    }

    /**
     * Ticks that give a result and show a statement that decides one: the first statement that decides the highest band, and
     * the first statement of the file beside it if that is another.
     */
    String[] decidedResult() {
        String highest = bands.get(bands.size() - 1).id();
        String decider = decides.entrySet().stream().filter(e -> e.getValue().equals(highest)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no statement decides the highest result, " + highest + ": " + decides));
        String first = points.keySet().iterator().next();
        return first.equals(decider) ? new String[]{decider} : new String[]{decider, first};
    }

    /** The sum of every statement's points: the most a quiz taker can score. */
    int maximum() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The points of the statements {@code ids}, added up. */
    int score(String... ids) {
        int sum = 0;
        for (String id : ids) {
            Integer worth = points.get(id);
            if (worth == null) {
                throw new AssertionError("the quiz has no statement " + id + ": " + points.keySet());
            }
            sum += worth;
        }
        return sum;
    }

    /**
     * The result of ticking {@code ids}: the band their points fall in, or the highest band one of them decides if that
     * is a higher one.
     */
    Band result(String... ids) {
        int score = score(ids);
        int chosen = -1;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.min() <= score && score <= band.max()) {
                chosen = i;
            }
        }
        for (String id : ids) {
            String decided = decides.get(id);
            for (int i = 0; decided != null && i < bands.size(); i++) {
                if (bands.get(i).id().equals(decided)) {
                    chosen = Math.max(chosen, i);
                }
            }
        }
        if (chosen < 0) {
            throw new AssertionError("no band covers " + score + " points: " + bands);
        }
        return bands.get(chosen);
    }

    /**
     * Statements whose ticks give {@code band}: the statements in the file's order, each ticked unless it would take the
     * result past {@code band} (a higher score, or a higher band it decides), until the result is {@code band}. A test
     * asks for a result this way, not for ids an editor's rescoring could move to another result.
     */
    String[] ticksFor(Band band) {
        int target = bands.indexOf(band);
        if (target < 0) {
            throw new AssertionError("the quiz has no band " + band + ": " + bands);
        }
        List<String> ticked = new ArrayList<>();
        for (String id : points.keySet()) {
            ticked.add(id);
            if (bands.indexOf(result(ticked.toArray(String[]::new))) > target) {
                ticked.remove(id);
            } else if (result(ticked.toArray(String[]::new)).equals(band)) {
                return ticked.toArray(String[]::new);
            }
        }
        throw new AssertionError("no statements ticked in the file's order give the result " + band.id() + ": " + points + " " + bands);
    }
}
