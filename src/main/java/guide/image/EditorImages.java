package guide.image;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's own picture for sharing, named in its front matter instead of the generated card:
 * {@code image=/images/name.jpg} (a JPEG or PNG in the content folder whose published copy, at
 * most {@value ImageCatalog#LARGEST} pixels wide, is at least {@value #MIN_WIDTH} x
 * {@value #MIN_HEIGHT} pixels, the size the networks show large) and {@code imageAlt=} what it
 * shows. Anything else is a problem at the line that names it (a file that cannot be read is the
 * build's, {@link UnreadableImage}). The page is shared with that copy: the original is never published.
 */
public final class EditorImages {
    public static final int MIN_WIDTH = CardRenderer.WIDTH;
    public static final int MIN_HEIGHT = CardRenderer.HEIGHT;

    private final ImageCatalog catalog;
    private final String baseUrl;

    public EditorImages(ImageCatalog catalog, String baseUrl) {
        this.catalog = catalog;
        this.baseUrl = baseUrl;
    }

    /**
     * The editor's image of a page, if its front matter names one and it is fit to share.
     *
     * @param source     the Markdown file, relative to the project (for messages)
     * @param image      the {@code image} value, or null
     * @param imageLine  its line
     * @param alt        the {@code imageAlt} value, or null
     * @param altLine    its line
     */
    public Optional<SocialImage> of(Path source, String image, int imageLine, String alt, int altLine, List<Problem> problems) {
        if (image == null) {
            if (alt != null) {
                problems.add(new Problem(source, altLine, "imageAlt without image: name the picture with image=/" + ImageCatalog.FOLDER
                        + "/name.jpg, or remove imageAlt"));
            }
            return Optional.empty();
        }
        if (!image.startsWith("/")) {
            problems.add(new Problem(source, imageLine, "image '" + image + "' must be an address on this site, e.g. image=/"
                    + ImageCatalog.FOLDER + "/name.jpg (a file in content/" + ImageCatalog.FOLDER + "/)"));
            return Optional.empty();
        }
        Optional<ContentImage> found = catalog.at(image);
        if (found.isEmpty()) {
            // A file that is there but cannot be read is named at this line by the build, as no picture: not as missing.
            if (!catalog.cannotRead(image)) {
                problems.add(new Problem(source, imageLine, "image " + image + " not found: put the file at content" + image
                        + " (images go in content/" + ImageCatalog.FOLDER + "/)"));
            }
            return Optional.empty();
        }
        ContentImage picture = found.get();
        int before = problems.size();
        if (!picture.format().equals("jpeg") && !picture.format().equals("png")) {
            problems.add(new Problem(source, imageLine, "image " + image + " is " + picture.format().toUpperCase(Locale.ROOT)
                    + ": social networks show JPEG or PNG only; save it as one of those"));
        } else if (picture.width() < MIN_WIDTH || picture.height() < MIN_HEIGHT) {
            problems.add(new Problem(source, imageLine, "image " + image + " is " + picture.width() + " x " + picture.height()
                    + " pixels: it must be at least " + MIN_WIDTH + " x " + MIN_HEIGHT + " to be shown large when shared"));
        } else if (picture.displayHeight() < MIN_HEIGHT) {
            problems.add(new Problem(source, imageLine, "image " + image + " is " + picture.width() + " x " + picture.height()
                    + " pixels, published " + picture.displayWidth() + " x " + picture.displayHeight() + ": at " + MIN_WIDTH
                    + " pixels wide it must be at least " + MIN_HEIGHT + " high to be shown large when shared (crop it to 1.9:1 or taller)"));
        }
        if (alt == null || alt.isBlank()) {
            problems.add(new Problem(source, imageLine, "image " + image + " has no imageAlt: add imageAlt= with what the picture shows"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SocialImage(baseUrl + picture.displayUrl(), picture.displayWidth(), picture.displayHeight(), alt, null));
    }
}
