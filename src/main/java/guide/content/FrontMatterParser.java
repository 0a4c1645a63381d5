package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads JBake's header format strictly. JBake itself skips or silently misreads a file whose
 * separator has trailing spaces, whose header is YAML, or whose lines lack {@code =}; here
 * each of those is a problem with its line.
 */
public final class FrontMatterParser {
    public static final String SEPARATOR = "~~~~~~";
    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\r?\n");
    private static final java.util.regex.Pattern TILDES = java.util.regex.Pattern.compile("~{3,}");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private FrontMatterParser() {
    }

    /** Parses {@code text}; problems are added to {@code problems} and empty is returned on fatal ones. */
    public static Optional<FrontMatter> parse(Path file, String text, List<Problem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = LINES.split(content, -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            problems.add(new Problem(file, 1, "YAML front matter ('---') is not supported: write key=value lines and end the header with a line of "
                    + SEPARATOR));
            return Optional.empty();
        }
        OptionalInt separator = separator(file, lines, problems);
        if (separator.isEmpty()) {
            return Optional.empty();
        }
        return header(file, lines, separator.getAsInt(), problems);
    }

    /** The index of the line that ends the header; empty, with the problem, when no line ends it as JBake requires. */
    private static OptionalInt separator(Path file, String[] lines, List<Problem> problems) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(SEPARATOR)) {
                return OptionalInt.of(i);
            }
            if (lines[i].strip().equals(SEPARATOR)) {
                problems.add(new Problem(file, i + 1, "header separator must be exactly '" + SEPARATOR + "' with no spaces around it"));
                return OptionalInt.empty();
            }
            if (TILDES.matcher(lines[i].strip()).matches()) {
                problems.add(new Problem(file, i + 1, "the header ends with a line of exactly six tildes '" + SEPARATOR + "'; this one has "
                        + lines[i].strip().length()));
                return OptionalInt.empty();
            }
        }
        problems.add(new Problem(file, 1, "no header found: end the key=value header with a line of exactly '" + SEPARATOR + "'"));
        return OptionalInt.empty();
    }

    /** The header's values with their lines, and the body after the separator; empty when a header line is wrong. */
    private static Optional<FrontMatter> header(Path file, String[] lines, int separator, List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < separator; i++) {
            if (!lines[i].isBlank()) {
                ok &= headerLine(file, lines[i], i + 1, values, keyLines, problems);
            }
        }
        String body = String.join("\n", Arrays.asList(lines).subList(separator + 1, lines.length));
        return ok ? Optional.of(new FrontMatter(values, keyLines, body, separator + 2)) : Optional.empty();
    }

    /** Reads one {@code key=value} line into {@code values}; false, with the problem, when it is not one or repeats a key. */
    private static boolean headerLine(Path file, String line, int lineNo, Map<String, String> values, Map<String, Integer> keyLines,
                                      List<Problem> problems) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(file, lineNo, "header line is not key=value: '" + line.strip() + "'"));
            return false;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        if (!KEY.matcher(key).matches()) {
            problems.add(new Problem(file, lineNo, "header key '" + key + "' is not a simple name"));
            return false;
        }
        if (values.containsKey(key)) {
            problems.add(new Problem(file, lineNo, "header key '" + key + "' repeated (first on line " + keyLines.get(key) + ")"));
            return false;
        }
        if (value.isEmpty()) {
            problems.add(new Problem(file, lineNo, "header key '" + key + "' has no value"));
            return false;
        }
        values.put(key, value);
        keyLines.put(key, lineNo);
        return true;
    }
}
