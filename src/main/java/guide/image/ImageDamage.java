package guide.image;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a JPEG or PNG decodes whole. Its size comes from the header alone ({@link ImageSizes}),
 * so a file cut short or with garbled data passes the scan. Decoding it fails (a PNG) or, worse,
 * succeeds with only a warning and grey where the data ran out (a JPEG cut short): copies made
 * from it would look broken to readers, so both count as damage.
 */
final class ImageDamage {
    private ImageDamage() {
    }

    /** What is wrong with the file's pixels, in the decoder's words; empty when it decodes cleanly. */
    static Optional<String> of(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of("no picture in it");
            }
            ImageReader reader = readers.next();
            List<String> damage = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (isDamage(warning)) {
                        damage.add(warning);
                    }
                });
                // Every row is still decoded (so data that ends early or is garbled still shows), but only one pixel in 8 × 8
                // is kept: a large photo does not need its whole picture in memory, as the copies' subsampled reads do not.
                ImageReadParam sparse = reader.getDefaultReadParam();
                sparse.setSourceSubsampling(8, 8, 0, 0);
                reader.read(0, sparse).flush();
            } finally {
                reader.dispose();
            }
            return damage.stream().findFirst();
        } catch (IIOException e) {
            return Optional.of(e.getCause() != null && e.getCause().getMessage() != null ? e.getMessage() + ": " + e.getCause().getMessage() : e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * A warning about the picture's data rather than its metadata (an ICC profile the decoder
     * ignores is no damage): data that ends early or does not decode. Padding between segments
     * ("extraneous bytes"), which some cameras write, shows nothing wrong.
     */
    private static boolean isDamage(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return (w.contains("premature") || w.contains("corrupt") || w.contains("truncat"))
                && !w.contains("extraneous bytes");
    }
}
