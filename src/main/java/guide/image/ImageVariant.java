package guide.image;

/**
 * A re-encoded copy of a content image, e.g. {@code /images/photo-800w.jpg}, 800 pixels wide.
 *
 * @param url        its address on the site
 * @param outputPath where it is written in the site (the address without the leading slash)
 */
public record ImageVariant(String url, String outputPath, int width, int height) {
}
