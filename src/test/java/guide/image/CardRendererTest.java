package guide.image;

import guide.site.Problem;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A card as the networks get it: a valid 1200 x 630 PNG in the site's colours, the same bytes every time. */
class CardRendererTest {
    private static final CardText TEXT = new CardText("Jak zakończyć współpracę z klientem w 3 krokach", "Przewodnik freelancera", "Polski");

    @Test
    void aCardIsAValid1200By630PngThatAnyDecoderReads() throws IOException {
        BufferedImage image = decode(new CardRenderer(CardStyle.DEFAULT).render(TEXT));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void theSameTextGivesTheSameBytesAndAnotherTitleOthers() {
        byte[] first = new CardRenderer(CardStyle.DEFAULT).render(TEXT);
        byte[] again = new CardRenderer(CardStyle.DEFAULT).render(TEXT);
        assertArrayEquals(first, again);
        CardRenderer renderer = new CardRenderer(CardStyle.DEFAULT);
        assertFalse(Arrays.equals(first, renderer.render(new CardText("Jak zakończyć współpracę z klientem w 4 krokach", "Przewodnik freelancera",
                "Polski"))));
        assertFalse(Arrays.equals(first, renderer.render(new CardText(TEXT.title(), "Przewodnik freelancera", "English"))));
    }

    @Test
    void theColoursAreTheSiteStylesheets() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Path css = ProjectFixture.projectDir().resolve("assets/css/site.css");
        CardStyle style = CardStyle.fromStylesheet(Files.readString(css), css, problems);
        assertEquals(List.of(), problems);
        assertEquals(0xfbfaf7, style.background(), "--bg of the light scheme");
        BufferedImage image = decode(new CardRenderer(style).render(TEXT));
        assertEquals(style.background(), image.getRGB(10, 10) & 0xffffff, "background");
        assertEquals(style.accent(), image.getRGB(10, 620) & 0xffffff, "the band at the bottom");
        int[] inkRows = inkRows(image, style.text());
        assertTrue(inkRows[0] > 150 && inkRows[1] < 548, "the title's full-colour pixels lie between the rule and the band: rows "
                + inkRows[0] + " to " + inkRows[1]);
    }

    @Test
    void theTitleIsSmoothlyAntiAliasedNotDithered() throws IOException {
        BufferedImage image = decode(new CardRenderer(CardStyle.DEFAULT).render(TEXT));
        Set<Integer> colours = new HashSet<>();
        for (int y = 200; y < 540; y++) {
            for (int x = 0; x < 1200; x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() >= 8, "steps between background and ink: " + colours.size());
        for (int colour : colours) {
            assertTrue(between(colour, CardStyle.DEFAULT.background(), CardStyle.DEFAULT.text()),
                    Integer.toHexString(colour) + " is not a step between the background and the title's colour");
        }
    }

    /** True if every channel of c lies between those of a and b. */
    private static boolean between(int c, int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int v = (c >> shift) & 0xff;
            int lo = Math.min((a >> shift) & 0xff, (b >> shift) & 0xff);
            int hi = Math.max((a >> shift) & 0xff, (b >> shift) & 0xff);
            if (v < lo || v > hi) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aColourWrittenByItsNameOrAsHslIsReadForTheCards() {
        List<Problem> problems = new ArrayList<>();
        CardStyle style = CardStyle.fromStylesheet(":root { --bg: White; --text: hsl(0 0% 0%); --accent: rgb(47 107 94); }\n", Path.of("assets/css/site.css"), problems);
        assertEquals(List.of(), problems);
        assertEquals(new CardStyle(0xffffff, 0x000000, 0x2f6b5e), style);
    }

    @Test
    void aStylesheetWithoutTheColoursIsAProblemWithItsLine() {
        List<Problem> problems = new ArrayList<>();
        CardStyle style = CardStyle.fromStylesheet("/* x */\n:root { --bg: #ffffff; --text: #000000; }\n", Path.of("assets/css/site.css"), problems);
        assertEquals(CardStyle.DEFAULT, style);
        assertEquals("assets/css/site.css:2: the :root block gives --accent no colour the social cards can read: write it as #rrggbb, #rgb, rgb(), hsl() or a colour's name", problems.get(0).toString());
        problems.clear();
        CardStyle.fromStylesheet("/* x */\r\r:root { --bg: #ffffff; --text: #000000; }\r", Path.of("assets/css/site.css"), problems);
        assertEquals("assets/css/site.css:3: the :root block gives --accent no colour the social cards can read: write it as #rrggbb, #rgb, rgb(), hsl() or a colour's name", problems.get(0).toString(),
                "a style sheet saved with old-Mac line ends has its lines as the editor shows them");
    }

    /** First and last row with a pixel of exactly the ink colour. */
    private static int[] inkRows(BufferedImage image, int ink) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == ink) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        assertTrue(first >= 0, "no pixel in the title's colour");
        return new int[]{first, last};
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "not a PNG ImageIO can read");
        return image;
    }
}
