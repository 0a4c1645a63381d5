package guide.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading and writing the built HTML pages with Jsoup, keeping source positions for messages. */
public final class HtmlFiles {
    private HtmlFiles() {
    }

    /** Every {@code .html} file under {@code root}, sorted, as paths relative to it. */
    public static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a page, tracking line numbers so checks can say where a fault is. */
    public static Document read(Path file) {
        return read(file, true);
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

    public static void write(Document doc, Path file) {
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        try {
            Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
