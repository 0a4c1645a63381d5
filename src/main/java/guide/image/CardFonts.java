package guide.image;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The typeface of the social cards, Source Sans 3 (Adobe, SIL Open Font License 1.1; the licence
 * is {@code fonts/OFL.txt} beside the files), shipped with the builder so every machine draws
 * the same letters, Polish ones included. Loaded once per process, on first use.
 *
 * <p>Read from the file itself where the builder's classes are files (tests, the mutation
 * analysis): given a stream, the JDK copies the font into the temporary folder and deletes the
 * copy only at a normal exit, so every killed JVM left 380 KB in {@code /tmp}.
 */
final class CardFonts {
    private CardFonts() {
    }

    private static final class Loaded {
        static final Font BOLD = load("SourceSans3-Bold.ttf");
        static final Font SEMIBOLD = load("SourceSans3-SemiBold.ttf");
    }

    /** For titles. */
    static Font bold() {
        return Loaded.BOLD;
    }

    /** For the guide's name and the language. */
    static Font semibold() {
        return Loaded.SEMIBOLD;
    }

    private static Font load(String name) {
        URL url = CardFonts.class.getResource("fonts/" + name);
        if (url == null) {
            throw new IllegalStateException("the builder is missing its card font guide/image/fonts/" + name);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Font.createFont(Font.TRUETYPE_FONT, new File(url.toURI()));
            }
            try (InputStream in = url.openStream()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the card font " + name + ": " + e.getMessage(), e);
        }
    }
}
