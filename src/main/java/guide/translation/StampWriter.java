package guide.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks a reviewed translation current: rewrites its {@code sourceRevision=} line (or adds one at
 * the end of the header) and leaves every other byte of the file as it was.
 */
public final class StampWriter {
    private StampWriter() {
    }

    public static void stamp(Path file, SourceRevision revision) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String line = SourceRevision.KEY + "=" + revision;
        String newline = HeaderSeparator.newline(text);
        int separator = HeaderSeparator.find(text);
        if (separator < 0) {
            throw new IOException(HeaderSeparator.missing());
        }
        String header = text.substring(0, separator);
        String rest = text.substring(separator);
        String updated;
        Matcher m = Pattern.compile("(?m)^" + SourceRevision.KEY + "=[^\\r\\n]*").matcher(header);
        if (m.find()) {
            updated = header.substring(0, m.start()) + line + header.substring(m.end());
        } else {
            updated = header + line + newline;
        }
        Files.writeString(file, updated + rest, StandardCharsets.UTF_8);
    }
}
