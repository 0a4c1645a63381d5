package guide.check;

import guide.content.ContentDocument;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown body of one document, for pointing a fault found in its rendered HTML back at a
 * line of the file (rendered HTML positions don't map to Markdown lines). Asked twice for the same
 * text, it answers with the second occurrence, so repeated faults get their own lines.
 */
final class MarkdownBodyLines {
    private final List<String> raw;
    private final List<String> decoded = new ArrayList<>();
    private final int firstLine;
    private final Map<String, Integer> asked = new HashMap<>();

    MarkdownBodyLines(ContentDocument doc) {
        this.raw = List.of(doc.body().split("\n", -1));
        this.firstLine = doc.frontMatter().bodyStartLine();
        for (String line : raw) {
            // How a browser reads a URL: entities decoded, tabs and line breaks inside it ignored.
            decoded.add(ContentHtml.asBrowserReads(Parser.unescapeEntities(line, true)));
        }
    }

    /** The text of a file line of the body, as written; empty for a line outside it. */
    String text(int fileLine) {
        int i = fileLine - firstLine;
        return i >= 0 && i < raw.size() ? raw.get(i) : "";
    }

    /** The file line of the next occurrence of the first pattern found in the text as written, else the first body line. */
    int find(Pattern... candidates) {
        return find(raw, candidates);
    }

    /** Like {@link #find}, but matching the lines with HTML entities decoded (for {@code jav&#x61;script:}). */
    int findDecoded(Pattern... candidates) {
        return find(decoded, candidates);
    }

    private int find(List<String> lines, Pattern... candidates) {
        for (Pattern pattern : candidates) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    hits.add(i);
                }
            }
            if (!hits.isEmpty()) {
                int nth = asked.merge((lines == raw ? "raw:" : "decoded:") + pattern.pattern(), 1, Integer::sum) - 1;
                return firstLine + hits.get(Math.min(nth, hits.size() - 1));
            }
        }
        return firstLine;
    }
}
