package guide.image;

import java.nio.file.Path;
import java.util.List;

/**
 * An image an editor put in the content folder, as pages use it.
 *
 * <p>A JPEG or PNG is never published as it was uploaded: readers get re-encoded copies only
 * ({@link #copies()}), so what the camera wrote into the file (the GPS position in its EXIF data
 * among it) stays on the editor's disk. GIF (perhaps animated) and SVG are published as they are.
 *
 * @param url    its address as editors write it, e.g. {@code /images/photo.jpg}
 * @param source the file, relative to the project, for messages
 * @param file   the file, to read
 * @param width  width in pixels as it is shown (after the camera's orientation flag)
 * @param height height in pixels as it is shown
 * @param bytes  size of the file
 * @param format {@code jpeg}, {@code png}, {@code gif} or {@code svg}
 * @param digest SHA-256 of the file (raster images; empty for SVG), for the copies' keys
 * @param copies the re-encoded copies that are published instead of a JPEG or PNG, narrowest first (the widest is at most
 *               {@link ImageCatalog#LARGEST} pixels wide); empty for GIF and SVG, which are published as they are
 */
public record ContentImage(String url, Path source, Path file, int width, int height, long bytes, String format, String digest,
                           List<ImageVariant> copies) {

    public boolean vector() {
        return format.equals("svg");
    }

    /** True for the formats the build re-encodes instead of publishing the file: JPEG and PNG. */
    public boolean reEncoded() {
        return !copies.isEmpty();
    }

    /** What a page's {@code src} points at: the widest copy, or the file itself when it is published as it is. */
    public String displayUrl() {
        return reEncoded() ? widest().url() : url;
    }

    /** Where the copy {@link #displayUrl()} names is written in the site ({@code images/x-1200w.png}); the file's own place when published as it is. */
    public String displayPath() {
        return reEncoded() ? widest().outputPath() : url.substring(1);
    }

    public int displayWidth() {
        return reEncoded() ? widest().width() : width;
    }

    public int displayHeight() {
        return reEncoded() ? widest().height() : height;
    }

    private ImageVariant widest() {
        return copies.get(copies.size() - 1);
    }

    /** What a page that shows the image takes from it (address, size, copies): part of the page's key. */
    public String signature() {
        return url + ' ' + width + 'x' + height + ' ' + copies;
    }
}
