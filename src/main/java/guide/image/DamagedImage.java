package guide.image;

import guide.site.Problem;

import java.nio.file.Path;

/**
 * A content image whose pixels do not decode whole ({@link ImageDamage}), met while its copies are
 * made. Editors see it where they see the image used, at each line that shows it (as a missing
 * image is named), told which file to save again; at the image file itself when no page shows it.
 */
public final class DamagedImage extends RuntimeException implements ImageFault {
    private static final String WHAT_TO_DO = " again from the program that made it";
    private final String url;
    private final transient Path source;
    private final String reason;

    DamagedImage(ContentImage image, String reason) {
        super(image.source() + ": " + reason);
        this.url = image.url();
        this.source = image.source();
        this.reason = reason;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Problem problemAt(Path file, int line) {
        return new Problem(file, line, "image " + url + " cannot be read: it is damaged (" + reason + "): save or export "
                + source.toString().replace('\\', '/') + WHAT_TO_DO);
    }

    @Override
    public Problem problem() {
        return new Problem(source, 0, "cannot read this image: it is damaged (" + reason + "): save or export it" + WHAT_TO_DO);
    }
}
