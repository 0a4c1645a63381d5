package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.FrontMatterParser;
import guide.translation.SourceRevision;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the translation file an import writes. An existing file keeps its header line for
 * line; only {@code title=}, {@code summary=} and {@code sourceRevision=} take the new values (a
 * line whose value is unchanged is left as it was). A new file gets the header
 * {@code ./guide translate} would write: status=draft, the source's translationKey, date, type,
 * author and tags.
 */
final class TranslationFileText {
    private TranslationFileText() {
    }

    /** The updated text of an existing translation file {@code existing} (as read from disk). */
    static String update(String existing, String title, String summary, SourceRevision stamp, String body) {
        List<String> lines = new ArrayList<>(List.of(existing.split("\n", -1)));
        int separator = lines.indexOf(FrontMatterParser.SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("no header separator");
        }
        separator = set(lines, separator, "title", title);
        if (summary != null) {
            separator = set(lines, separator, "summary", summary);
        }
        separator = set(lines, separator, SourceRevision.KEY, stamp.toString());
        return String.join("\n", lines.subList(0, separator + 1)) + "\n" + body;
    }

    /** A new translation file of {@code source}. */
    static String create(ContentDocument source, String title, String summary, SourceRevision stamp, String body) {
        var fm = source.frontMatter();
        StringBuilder text = new StringBuilder();
        text.append("title=").append(title).append('\n');
        text.append("date=").append(fm.get("date")).append('\n');
        text.append("type=").append(fm.get("type")).append('\n');
        text.append("status=draft\n");
        text.append("translationKey=").append(source.translationKey()).append('\n');
        if (fm.get("author") != null) {
            text.append("author=").append(fm.get("author")).append('\n');
        }
        if (summary != null) {
            text.append("summary=").append(summary).append('\n');
        }
        if (fm.get("tags") != null) {
            text.append("tags=").append(fm.get("tags")).append('\n');
        }
        text.append(SourceRevision.KEY).append('=').append(stamp).append('\n');
        text.append(FrontMatterParser.SEPARATOR).append('\n');
        return text.append(body).toString();
    }

    /** Sets {@code key} in the header above {@code separator}; returns the separator's new index. */
    private static int set(List<String> lines, int separator, String key, String value) {
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(key)) {
                if (!line.substring(eq + 1).strip().equals(value)) {
                    lines.set(i, key + "=" + value);
                }
                return separator;
            }
        }
        lines.add(separator, key + "=" + value);
        return separator + 1;
    }

}
