package guide.image;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file-size limits of the networks a page is shared on, held against an article's own share picture ({@code image=}),
 * which is shared as its 1200-pixel copy: X shows no picture of 5 MB or more ("Images must be less than 5MB in size",
 * its Cards markup reference, {@code twitter:image}), Facebook none over 8 MB ("The size of the image file must not exceed
 * 8 MB", its Images in Link Shares). Over either, the page is still shared, with its title and description, so it is a
 * warning at the {@code image=} line, not a refusal: the editor decides whether to make the picture lighter. A megabyte is
 * taken as 1,000,000 bytes, the stricter reading. The cards the build draws are tens of kilobytes and never come near.
 */
public final class ShareFileLimits {
    /** X's limit: a picture must be smaller than this. */
    public static final long X_BYTES = 5_000_000;
    /** Facebook's: a picture must not be larger than this. */
    public static final long FACEBOOK_BYTES = 8_000_000;

    private ShareFileLimits() {
    }

    /**
     * A warning when the copy a page is shared with is too large for X (and perhaps Facebook), else none.
     *
     * @param source the Markdown file, relative to the project
     * @param line   its {@code image=} line
     * @param image  the {@code image=} value ({@code /images/x.png})
     * @param copy   the address of the copy shared ({@code /images/x-1200w.png})
     * @param bytes  that copy's size
     */
    public static Optional<Problem> warning(Path source, int line, String image, String copy, long bytes) {
        if (bytes < X_BYTES) {
            return Optional.empty();
        }
        String who = bytes > FACEBOOK_BYTES ? "neither X (5 MB) nor Facebook (8 MB) shows a picture that large"
                : "X shows no picture of 5 MB or more (Facebook's limit is 8 MB)";
        String fix = image.toLowerCase(Locale.ROOT).endsWith(".png") ? "save it as JPEG if it is a photo, or crop it nearer to 1200 x 630 pixels"
                : "crop it nearer to 1200 x 630 pixels";
        return Optional.of(Problem.warning(source, line, "image " + image + " is shared as " + copy + ", " + megabytes(bytes) + ": "
                + who + ", so the page is shared there without it: " + fix));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
