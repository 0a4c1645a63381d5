package guide.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading built HTML pages with Jsoup, keeping source positions for messages. */
public final class HtmlFiles {
    private HtmlFiles() {
    }

    /** @param trackPosition whether elements know their line (slower; needed to report where a fault is) */
    public static Document read(Path file, boolean trackPosition) {
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(trackPosition));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
