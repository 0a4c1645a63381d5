package guide.translation;

import guide.content.HeaderKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Marks a reviewed translation current: rewrites the line the build reads as its {@code sourceRevision} (or adds one at
 * the end of the header; {@link HeaderRewrite}, as the XLIFF import does), takes out the {@code importedFrom} line an XLIFF
 * import left (which export each unit text came from, kept only while the stamp falls short: a stamped translation is reviewed
 * work, told apart from a later import by its stamp, as after an import that stamps it), and leaves every other byte as it was,
 * the {@code lastImport} line of the last import included: it holds a hash of the text that import wrote, so a hand edit stamped
 * since no longer matches it, while a reviewer's stamp that finishes an import which left units to review, editing nothing, lets that
 * import's file, corrected, import again.
 */
public final class StampWriter {
    private StampWriter() {
    }

    public static void stamp(Path file, SourceRevision revision) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String newline = HeaderSeparator.newline(text);
        int separator = HeaderSeparator.find(text);
        if (separator < 0) {
            throw new IOException(HeaderSeparator.missing());
        }
        List<String> lines = HeaderRewrite.lines(text, separator);
        HeaderRewrite.set(lines, SourceRevision.KEY, revision.toString(), newline);
        HeaderRewrite.remove(lines, HeaderKeys.IMPORTED_FROM);
        Files.writeString(file, String.join("", lines) + text.substring(separator), StandardCharsets.UTF_8);
    }
}
