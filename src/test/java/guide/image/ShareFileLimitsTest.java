package guide.image;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** X's limit is "less than 5MB", Facebook's "must not exceed 8 MB": which a share picture's copy is over, and what to do. */
class ShareFileLimitsTest {
    private static final Path MD = Path.of("content/pl/x.md");

    @Test
    void underFiveMegabytesIsFineEverywhere() {
        assertEquals(Optional.empty(), ShareFileLimits.warning(MD, 9, "/images/a.png", "/images/a-1200w.png", 4_999_999));
    }

    @Test
    void fiveMegabytesIsTooMuchForXOnly() {
        assertEquals("content/pl/x.md:9: warning: image /images/a.png is shared as /images/a-1200w.png, 5.0 MB: X shows no picture of 5 MB"
                + " or more (Facebook's limit is 8 MB), so the page is shared there without it: save it as JPEG if it is a photo, or crop it"
                + " nearer to 1200 x 630 pixels", ShareFileLimits.warning(MD, 9, "/images/a.png", "/images/a-1200w.png", 5_000_000).orElseThrow().toString());
    }

    @Test
    void overEightMegabytesIsTooMuchForFacebookToo() {
        assertEquals("content/pl/x.md:9: warning: image /images/a.jpg is shared as /images/a-1200w.jpg, 8.1 MB: neither X (5 MB) nor"
                + " Facebook (8 MB) shows a picture that large, so the page is shared there without it: crop it nearer to 1200 x 630 pixels",
                ShareFileLimits.warning(MD, 9, "/images/a.jpg", "/images/a-1200w.jpg", 8_100_000).orElseThrow().toString());
    }
}
