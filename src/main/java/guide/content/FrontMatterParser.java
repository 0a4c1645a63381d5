package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        int separator = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(SEPARATOR)) {
                separator = i;
                break;
            }
            if (lines[i].strip().equals(SEPARATOR)) {
                problems.add(new Problem(file, i + 1, "header separator must be exactly '" + SEPARATOR + "' with no spaces around it"));
                return Optional.empty();
            }
            if (TILDES.matcher(lines[i].strip()).matches()) {
                problems.add(new Problem(file, i + 1, "the header ends with a line of exactly six tildes '" + SEPARATOR + "'; this one has "
                        + lines[i].strip().length()));
                return Optional.empty();
            }
        }
        if (separator < 0) {
            problems.add(new Problem(file, 1, "no header found: end the key=value header with a line of exactly '" + SEPARATOR + "'"));
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < separator; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem(file, lineNo, "header line is not key=value: '" + line.strip() + "'"));
                ok = false;
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new Problem(file, lineNo, "header key '" + key + "' is not a simple name"));
                ok = false;
            } else if (values.containsKey(key)) {
                problems.add(new Problem(file, lineNo, "header key '" + key + "' repeated (first on line " + keyLines.get(key) + ")"));
                ok = false;
            } else if (value.isEmpty()) {
                problems.add(new Problem(file, lineNo, "header key '" + key + "' has no value"));
                ok = false;
            } else {
                values.put(key, value);
                keyLines.put(key, lineNo);
            }
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(separator + 1, lines.length));
        return ok ? Optional.of(new FrontMatter(values, keyLines, body, separator + 2)) : Optional.empty();
    }
}
