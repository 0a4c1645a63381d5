package guide.image;

import java.util.function.Supplier;

/**
 * A file the build makes from images: a page's card or a re-encoded copy of a content image.
 *
 * @param outputPath where it goes in the site, e.g. {@code pl/jak-wycenic/card.png}
 * @param inputs     everything that decides its bytes, as text (hashed into its key): the same
 *                   inputs, the same file, so a build reuses it from the previous output as it reuses pages
 * @param bytes      makes the file (called only when it cannot be reused)
 */
public record ImageFile(String outputPath, String inputs, Supplier<byte[]> bytes) {
}
