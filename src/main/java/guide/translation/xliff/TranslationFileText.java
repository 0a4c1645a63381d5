package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.translation.HeaderRewrite;
import guide.translation.HeaderSeparator;
import guide.translation.SourceRevision;
import guide.translation.TranslationStarter;
import guide.site.TextLines;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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
     * {@code last} gives the {@link LastImport} line's value for the text as written (empty takes the line out); an import that changes
     * nothing else leaves the line as it was, so a file whose import changes nothing is still written unchanged.
     */
    static Optional<String> update(String existing, String title, String summary, SourceRevision stamp, String imported, String body,
                                   UnaryOperator<String> last) {
        Optional<String> kept = rewrite(existing, title, summary, stamp, imported, body, lines -> { });
        if (kept.isEmpty() || kept.get().equals(existing)) {
            return kept;
        }
        String value = last.apply(kept.get());
        return rewrite(existing, title, summary, stamp, imported, body, lines -> setOrRemove(lines, LastImport.KEY, value, HeaderSeparator.newline(existing)));
    }

    private static Optional<String> rewrite(String existing, String title, String summary, SourceRevision stamp, String imported, String body,
                                           Consumer<List<String>> last) {
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
        setOrRemove(lines, ImportedUnits.KEY, imported, newline);
        last.accept(lines);
        int end = HeaderSeparator.nextLine(existing, separator);
        String separatorLine = existing.substring(separator, end) + (end == TextLines.lineEnd(existing, separator) ? newline : "");
        return Optional.of(String.join("", lines) + separatorLine + TextLines.withNewlines(body).replace("\n", newline));
    }

    /**
     * A new translation file of {@code source}, with the header {@code ./guide translate} writes ({@link TranslationStarter#header}; no
     * stamp when null), and the {@link ImportedUnits} line when {@code imported} is not empty; {@code last} as for {@link #update}.
     */
    static String create(ContentDocument source, String title, String summary, SourceRevision stamp, String imported, String body,
                         UnaryOperator<String> last) {
        String header = TranslationStarter.header(source, title, summary, stamp);
        String value = last.apply(header + body);
        if (imported.isEmpty() && value.isEmpty()) {
            return header + body;
        }
        // The lines go last in the header, where an update adds a new key; the body's lines end in \n, as an update's do here.
        int separator = HeaderSeparator.find(header);
        return header.substring(0, separator) + line(ImportedUnits.KEY, imported) + line(LastImport.KEY, value) + header.substring(separator)
                + TextLines.withNewlines(body);
    }

    private static String line(String key, String value) {
        return value.isEmpty() ? "" : key + "=" + value + "\n";
    }

    private static void setOrRemove(List<String> lines, String key, String value, String newline) {
        if (value.isEmpty()) {
            HeaderRewrite.remove(lines, key);
        } else {
            HeaderRewrite.set(lines, key, value, newline);
        }
    }
}
