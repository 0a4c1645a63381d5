package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.translation.HeaderRewrite;
import guide.translation.HeaderSeparator;
import guide.translation.SourceRevision;
import guide.translation.TranslationStarter;
import guide.site.TextLines;

import java.util.List;
import java.util.Optional;

/**
 * The text of the translation file an import writes. An existing file keeps its header line for
 * line and its line ends ({@code \r\n} stays {@code \r\n} and an old Mac's lone {@code \r} stays {@code \r}, as the
 * stamp keeps them; lines are the build's, {@link TextLines}); only
 * {@code title=}, {@code summary=} and {@code sourceRevision=} take the new values (a line whose
 * value is unchanged is left as it was; the line replaced is the one the build reads as the key, {@link HeaderRewrite}).
 * A new file gets the header {@code ./guide translate} would write: status=draft, the source's translationKey, date, type, author and tags.
 */
final class TranslationFileText {
    private TranslationFileText() {
    }

    /**
     * The updated text of an existing translation file {@code existing} (as read from disk), or empty
     * when it has no header separator. A null {@code stamp} leaves its {@code sourceRevision=} line as it was; {@code imported} is the
     * {@link ImportedUnits} line's value, and an empty one takes the line out. Its lines end as the file's do ({@link HeaderSeparator#newline}).
     */
    static Optional<String> update(String existing, String title, String summary, SourceRevision stamp, String imported, String body) {
        int separator = HeaderSeparator.find(existing);
        if (separator < 0) {
            return Optional.empty();
        }
        String newline = HeaderSeparator.newline(existing);
        List<String> lines = HeaderRewrite.lines(existing, separator);
        HeaderRewrite.set(lines, "title", title, newline);
        if (summary != null) {
            HeaderRewrite.set(lines, "summary", summary, newline);
        }
        if (stamp != null) {
            HeaderRewrite.set(lines, SourceRevision.KEY, stamp.toString(), newline);
        }
        if (imported.isEmpty()) {
            HeaderRewrite.remove(lines, ImportedUnits.KEY);
        } else {
            HeaderRewrite.set(lines, ImportedUnits.KEY, imported, newline);
        }
        int end = HeaderSeparator.nextLine(existing, separator);
        String separatorLine = existing.substring(separator, end) + (end == TextLines.lineEnd(existing, separator) ? newline : "");
        return Optional.of(String.join("", lines) + separatorLine + TextLines.withNewlines(body).replace("\n", newline));
    }

    /**
     * A new translation file of {@code source}, with the header {@code ./guide translate} writes ({@link TranslationStarter#header}; no
     * stamp when null), and the {@link ImportedUnits} line when {@code imported} is not empty.
     */
    static String create(ContentDocument source, String title, String summary, SourceRevision stamp, String imported, String body) {
        String header = TranslationStarter.header(source, title, summary, stamp);
        if (imported.isEmpty()) {
            return header + body;
        }
        // The line goes last in the header, where an update adds a new key; the body's lines end in \n, as an update's do here.
        int separator = HeaderSeparator.find(header);
        return header.substring(0, separator) + ImportedUnits.KEY + "=" + imported + "\n" + header.substring(separator) + TextLines.withNewlines(body);
    }
}
