package guide.content;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads JBake's header format strictly. JBake itself skips or silently misreads a file whose
 * separator has trailing spaces, whose header is YAML, or whose lines lack {@code =}; here
 * each of those is a problem with its line. A file it rejects can still be read leniently
 * ({@link #lenient}), with the header ending where the strict reading says it does or should.
 */
public final class FrontMatterParser {
    public static final String SEPARATOR = "~~~~~~";
    private static final Pattern TILDES = Pattern.compile("~{3,}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** A line that starts as a header line does, {@code key=}. */
    private static final Pattern HEADER_LINE = Pattern.compile("[ \\t]*[A-Za-z][A-Za-z0-9_.-]*[ \\t]*=");

    private FrontMatterParser() {
    }

    /**
     * Parses {@code text}; problems are added to {@code problems} and empty is returned on fatal ones.
     * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r} ({@link TextLines}); only the header is cut into lines
     * (the body is most of a file, and only its line ends change: each becomes {@code \n}).
     */
    public static Optional<FrontMatter> parse(Path file, String text, List<Problem> problems) {
        Cut cut = cut(text);
        if (!cut.header().isEmpty() && cut.header().get(0).strip().equals("---")) {
            problems.add(new Problem(file, 1, "YAML front matter ('---') is not supported: write key=value lines and end the header with a line of "
                    + SEPARATOR));
            return Optional.empty();
        }
        if (cut.separator() == null) {
            problems.add(notClosed(file, cut.header()));
            return Optional.empty();
        }
        if (!cut.separator().equals(SEPARATOR)) {
            String stripped = cut.separator().strip();
            problems.add(new Problem(file, cut.bodyStartLine() - 1, stripped.equals(SEPARATOR)
                    ? "header separator must be exactly '" + SEPARATOR + "' with no spaces around it"
                    : "the header ends with a line of exactly six tildes '" + SEPARATOR + "'; this one has " + stripped.length()));
            return Optional.empty();
        }
        return header(file, cut.header(), cut.body(), problems);
    }

    /**
     * The problem of a file without the separator: when it starts with key=value lines, its header is
     * there but not closed, which is said at the line after the last of them; else it has no header.
     */
    private static Problem notClosed(Path file, List<String> lines) {
        int keys = 0;
        while (keys < lines.size() && HEADER_LINE.matcher(lines.get(keys)).lookingAt()) {
            keys++;
        }
        if (keys == 0) {
            return new Problem(file, 1, "no header found: end the key=value header with a line of exactly '" + SEPARATOR + "'");
        }
        int fileLines = lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size(); // the text after the last line end is none
        return new Problem(file, Math.min(keys + 1, fileLines), "the header (" + (keys == 1 ? "line 1" : "lines 1-" + keys)
                + ") is not closed: add a line of exactly '" + SEPARATOR + "' after line " + keys);
    }

    /**
     * The header of a file that {@link #parse} rejects, read as far as it can be: for a build that names the file's other
     * problems at their lines. The header ends where {@link #parse} says it does or should: at its first line of tildes
     * alone ({@code ~~~~~~}, or one with spaces around it or another number of tildes); its {@code key=value} lines are
     * read (the first of a repeated key), other lines are left out. With no such line, where the text starts is not known:
     * every line is read as a header line, and the body is the whole text, from line 1.
     */
    public static FrontMatter lenient(String text) {
        Cut cut = cut(text);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 0; i < cut.header().size(); i++) {
            read(cut.header().get(i), i + 1, values, keyLines);
        }
        return cut.separator() == null ? new FrontMatter(values, keyLines, TextLines.withNewlines(cut.content()), 1)
                : new FrontMatter(values, keyLines, cut.body(), cut.bodyStartLine());
    }

    /**
     * A file's text (without a byte order mark) cut where its header ends: the header's lines, the line that ends it (the
     * first line of tildes alone, three or more, spaces around them allowed: the line its writer meant to end it with),
     * or null when no line does, and where the body starts.
     */
    private record Cut(String content, List<String> header, String separator, int bodyOffset) {
        int bodyStartLine() {
            return header.size() + 2;
        }

        /** The body after the separator, every line end read as {@code \n}; "" without a separator. */
        String body() {
            return separator == null || bodyOffset < 0 ? "" : TextLines.withNewlines(content.substring(bodyOffset));
        }
    }

    private static Cut cut(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header = new ArrayList<>();
        for (int start = 0; start >= 0; ) {
            int end = TextLines.lineEnd(content, start);
            String line = content.substring(start, end);
            start = TextLines.nextLine(content, end);
            if (TILDES.matcher(line.strip()).matches()) {
                return new Cut(content, header, line, start);
            }
            header.add(line);
        }
        return new Cut(content, header, null, -1);
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
        String fault = read(line, lineNo, values, keyLines);
        if (fault != null) {
            problems.add(new Problem(file, lineNo, fault));
        }
        return fault == null;
    }

    /** Reads one {@code key=value} line into {@code values}: null, else why it is not one or repeats a key. */
    private static String read(String line, int lineNo, Map<String, String> values, Map<String, Integer> keyLines) {
        Optional<HeaderLine> read = HeaderLine.of(line);
        if (read.isEmpty()) {
            return "header line is not key=value: '" + line.strip() + "'";
        }
        String key = read.get().key();
        String value = read.get().value();
        if (!KEY.matcher(key).matches()) {
            return "header key '" + key + "' is not a simple name";
        }
        if (values.containsKey(key)) {
            return "header key '" + key + "' repeated (first on line " + keyLines.get(key) + ")";
        }
        if (value.isEmpty()) {
            return "header key '" + key + "' has no value";
        }
        String quoted = QuotedValues.fault(key, value);
        if (quoted != null) {
            return quoted;
        }
        values.put(key, value);
        keyLines.put(key, lineNo);
        return null;
    }
}
