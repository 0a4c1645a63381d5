package guide.image;

import guide.site.Problem;

import java.nio.file.Path;

/** A content image whose pixels do not decode whole ({@link ImageDamage}), met while its copies are made. */
public final class DamagedImage extends RuntimeException {
    private final transient Path source;
    private final String reason;

    DamagedImage(Path source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /** The problem an editor sees, at the image file. */
    public Problem problem() {
        return new Problem(source, 0, "cannot read this image: it is damaged (" + reason + "): save or export it again"
                + " from the program that made it");
    }
}
