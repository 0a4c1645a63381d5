package guide.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quiz's points and results as its content file gives them, read line by line as an editor writes them
 * ({@code - [ ] … {#id points=3 decides=exit}}, {@code ### Title {#id points=0-5}}), not through the builder's own parser:
 * a test on the real quiz expects what the file says today, so an editor who rescores a statement or retitles a result
 * changes what the test expects, not whether it passes.
 *
 * @param points   each statement's points, by id, in the file's order
 * @param decides  the band each deciding statement decides, by the statement's id
 * @param bands    the results, in the file's order
 */
record ContentQuiz(Map<String, Integer> points, Map<String, String> decides, List<Band> bands) {
    private static final Pattern STATEMENT = Pattern.compile("(?m)^- \\[ \\] .*\\{#([\\w-]+) points=(\\d+)(?: decides=([\\w-]+))?\\}\\s*$");
    private static final Pattern BAND = Pattern.compile("(?m)^### (.+?) \\{#([\\w-]+) points=(\\d+)-(\\d+)\\}\\s*$");

    /** A result: its id, its title and the scores it covers. */
    record Band(String id, String title, int min, int max) {
    }

    /** The quiz of the content file at {@code file} (e.g. {@code content/pl/test-….md}) under {@code project}. */
    static ContentQuiz of(Path project, String file) throws IOException {
        String text = Files.readString(project.resolve(file), StandardCharsets.UTF_8);
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, String> decides = new LinkedHashMap<>();
        Matcher statement = STATEMENT.matcher(text);
        while (statement.find()) {
            points.put(statement.group(1), Integer.parseInt(statement.group(2)));
            if (statement.group(3) != null) {
                decides.put(statement.group(1), statement.group(3));
            }
        }
        List<Band> bands = BAND.matcher(text).results()
                .map(m -> new Band(m.group(2), m.group(1), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))).toList();
        if (points.isEmpty() || bands.isEmpty()) {
            throw new AssertionError(file + " has no statements (- [ ] … {#id points=N}) or no bands (### … {#id points=A-B})");
        }
        return new ContentQuiz(points, decides, bands);
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
}
