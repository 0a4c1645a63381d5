package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final java.util.regex.Pattern TILDES = java.util.regex.Pattern.compile("~{3,}");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private FrontMatterParser() {
    }

    /**
     * Parses {@code text}; problems are added to {@code problems} and empty is returned on fatal ones.
     * Lines end at {@code \n} or {@code \r\n}; only the header is cut into lines (the body is most
     * of a file, and only its line ends change: {@code \r\n} becomes {@code \n}).
     */
    public static Optional<FrontMatter> parse(Path file, String text, List<Problem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header = new ArrayList<>();
        for (int start = 0; start >= 0; ) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline > start && content.charAt(newline - 1) == '\r' ? newline - 1 : newline;
            String line = content.substring(start, end);
            int lineNo = header.size() + 1;
            start = newline < 0 ? -1 : newline + 1;
            if (lineNo == 1 && line.strip().equals("---")) {
                problems.add(new Problem(file, 1, "YAML front matter ('---') is not supported: write key=value lines and end the header with a line of "
                        + SEPARATOR));
                return Optional.empty();
            }
            if (line.equals(SEPARATOR)) {
                String body = start < 0 ? "" : content.substring(start);
                return header(file, header, body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n"), problems);
            }
            if (!notASeparator(file, line, lineNo, problems)) {
                return Optional.empty();
            }
            header.add(line);
        }
        problems.add(new Problem(file, 1, "no header found: end the key=value header with a line of exactly '" + SEPARATOR + "'"));
        return Optional.empty();
    }

    /** False, with the problem, for a line that was meant to end the header but does not end it as JBake requires. */
    private static boolean notASeparator(Path file, String line, int lineNo, List<Problem> problems) {
        String stripped = line.strip();
        if (stripped.equals(SEPARATOR)) {
            problems.add(new Problem(file, lineNo, "header separator must be exactly '" + SEPARATOR + "' with no spaces around it"));
            return false;
        }
        if (TILDES.matcher(stripped).matches()) {
            problems.add(new Problem(file, lineNo, "the header ends with a line of exactly six tildes '" + SEPARATOR + "'; this one has "
                    + stripped.length()));
            return false;
        }
        return true;
    }

    /** The header's values with their lines, and the body after the separator; empty when a header line is wrong. */
    private static Optional<FrontMatter> header(Path file, List<String> lines, String body, List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                ok &= headerLine(file, lines.get(i), i + 1, values, keyLines, problems);
            }
        }
        return ok ? Optional.of(new FrontMatter(values, keyLines, body, lines.size() + 2)) : Optional.empty();
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
