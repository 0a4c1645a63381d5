package guide.image;

import guide.build.SiteBuilder;
import guide.site.BuildFailure;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shared pages show a picture: on the test site, every HTML page names an
 * absolute {@code og:image} that exists in the built site as a 1200 x 630 PNG, the root page
 * included; cards are the same bytes in every clean build; an article can name its own picture.
 */
class SocialCardsTest {
    private static final String HOST = "https://guide.test";
    private static final String ARTICLE = "content/pl/jak-wycenic-projekt.md";

    @TempDir
    static Path temp;
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        project = ProjectFixture.copyProject(temp.resolve("project"));
        site = temp.resolve("site");
        new SiteBuilder(project).build(site);
    }

    @Test
    void everyHtmlPageHasACardThatExistsAndIsA1200By630Png() throws IOException {
        List<Path> pages = files(site, ".html");
        Set<String> cards = new TreeSet<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String where = site.relativize(page).toString();
            String url = doc.select("meta[property=og:image]").attr("content");
            assertTrue(url.startsWith(HOST + "/"), where + ": og:image must be absolute on site.host, is '" + url + "'");
            Path card = site.resolve(url.substring(HOST.length() + 1));
            assertTrue(Files.isRegularFile(card), where + ": " + url + " is not in the site");
            assertEquals("PNG", new String(Files.readAllBytes(card), 1, 3, StandardCharsets.US_ASCII), where);
            BufferedImage image = ImageIO.read(card.toFile());
            assertNotNull(image, where + ": " + card + " is not an image");
            assertEquals(List.of(1200, 630), List.of(image.getWidth(), image.getHeight()), where);
            assertEquals("1200", doc.select("meta[property=og:image:width]").attr("content"), where);
            assertEquals("630", doc.select("meta[property=og:image:height]").attr("content"), where);
            assertFalse(doc.select("meta[property=og:image:alt]").attr("content").isBlank(), where);
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"), where);
            cards.add(url);
        }
        assertTrue(pages.contains(site.resolve("index.html")) && cards.size() >= 14, cards.size() + " cards for " + pages.size() + " pages");
        // The root copy of the default language's not-found page (for hosts with one error page) shares its card.
        assertEquals(cards.size(), files(site, ".png").size(), "one card a page");
    }

    @Test
    void anArticlesStructuredDataNamesItsCardAndTheRootPagesCardItsTitle() throws IOException {
        Document doc = Jsoup.parse(site.resolve("pl/jak-wycenic-projekt/index.html").toFile(), "UTF-8");
        String json = doc.select("script[type=application/ld+json]").html();
        assertTrue(json.contains("\"image\":{\"@type\":\"ImageObject\",\"url\":\"" + HOST + "/pl/jak-wycenic-projekt/card.png\",\"width\":{\"@type\":"
                + "\"QuantitativeValue\",\"value\":1200,\"unitCode\":\"E37\"},\"height\":{\"@type\":\"QuantitativeValue\",\"value\":630,\"unitCode\":\"E37\"}}"), json);
        assertEquals("Jak wycenić projekt – Przewodnik freelancera", doc.select("meta[property=og:image:alt]").attr("content"));
        Document root = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(HOST + "/card.png", root.select("meta[property=og:image]").attr("content"));
        assertEquals("Przewodnik freelancera · The Freelancer's Guide", root.select("meta[property=og:image:alt]").attr("content"),
                "the root page's title names the guide in both languages: its card's alt text says so once");
    }

    /**
     * The root page's title is the guide's name in every language, so its card shows the names once, as its title: no
     * smaller name above it repeating the first language's. A home page's card, whose title is the tagline, keeps the name.
     */
    @Test
    void theRootPagesCardNamesTheGuideOnceAsItsTitle() throws IOException {
        assertEquals(0, inkAboveTheRule(ImageIO.read(site.resolve("card.png").toFile())), "the root card has nothing written above its rule");
        assertTrue(inkAboveTheRule(ImageIO.read(site.resolve("pl/card.png").toFile())) > 1000, "a home page's card names the guide above its rule");
    }

    /** Pixels not of the background in the band where a card writes the guide's name (rows 60 to 140, above the rule at 146). */
    private static int inkAboveTheRule(BufferedImage card) {
        int background = card.getRGB(10, 10);
        int ink = 0;
        for (int y = 60; y < 140; y++) {
            for (int x = 0; x < card.getWidth(); x++) {
                ink += card.getRGB(x, y) == background ? 0 : 1;
            }
        }
        return ink;
    }

    @Test
    void aCleanBuildDrawsTheSameCardsByteForByte() throws Exception {
        Path again = temp.resolve("again");
        new SiteBuilder(project).build(again);
        for (Path card : files(site, ".png")) {
            assertArrayEquals(Files.readAllBytes(card), Files.readAllBytes(again.resolve(site.relativize(card).toString())),
                    site.relativize(card) + " differs between two clean builds");
        }
    }

    @Test
    void cardsAreReusedAndARetitledPageGetsANewOne() throws Exception {
        Path copy = ProjectFixture.copyProject(temp.resolve("reuse"));
        Path out = temp.resolve("reuse-site");
        new SiteBuilder(copy).build(out);
        Path retitled = out.resolve("pl/jak-wycenic-projekt/card.png");
        Path other = out.resolve("pl/o-przewodniku/card.png");
        byte[] before = Files.readAllBytes(retitled);
        var otherTime = Files.getLastModifiedTime(other);
        edit(copy, "title=Jak wycenić projekt", "title=Jak wycenić projekt i nie stracić");
        Thread.sleep(20);
        new SiteBuilder(copy).build(out);
        assertFalse(Arrays.equals(before, Files.readAllBytes(retitled)), "the retitled page's card is drawn again");
        assertEquals(otherTime, Files.getLastModifiedTime(other), "an unchanged page's card is kept as it was");
    }

    @Test
    void withSocialCardsOffPagesHaveNoCardAndNoOgImage() throws Exception {
        Path copy = ProjectFixture.copyProject(temp.resolve("off"));
        Files.writeString(copy.resolve("jbake.properties"), "\nsite.socialCards=false\n", StandardOpenOption.APPEND);
        Path out = temp.resolve("off-site");
        new SiteBuilder(copy).build(out);
        assertEquals(List.of(), files(out, ".png"));
        for (Path page : files(out, ".html")) {
            assertTrue(Jsoup.parse(page.toFile(), "UTF-8").select("meta[property=og:image]").isEmpty(), page.toString());
        }
    }

    @Test
    void anArticleCanNameItsOwnPictureAndIsSharedWithItsLargestCopy() throws Exception {
        Path copy = ProjectFixture.copyProject(temp.resolve("own"));
        TestImages.jpeg(copy.resolve("content/images/biurko.jpg"), 1600, 900);
        edit(copy, "tags=wycena,pieniądze", "tags=wycena,pieniądze\nimage=/images/biurko.jpg\nimageAlt=Biurko z laptopem");
        Path out = temp.resolve("own-site");
        new SiteBuilder(copy).build(out);
        Document doc = Jsoup.parse(out.resolve("pl/jak-wycenic-projekt/index.html").toFile(), "UTF-8");
        assertEquals(HOST + "/images/biurko-1200w.jpg", doc.select("meta[property=og:image]").attr("content"),
                "the 1200-pixel copy: the original is never published");
        assertEquals(List.of("1200", "675", "Biurko z\u00a0laptopem"), List.of(doc.select("meta[property=og:image:width]").attr("content"),
                doc.select("meta[property=og:image:height]").attr("content"), doc.select("meta[property=og:image:alt]").attr("content")));
        BufferedImage shared = ImageIO.read(out.resolve("images/biurko-1200w.jpg").toFile());
        assertEquals(List.of(1200, 675), List.of(shared.getWidth(), shared.getHeight()));
        assertFalse(Files.exists(out.resolve("images/biurko.jpg")), "the original is not published");
        assertFalse(Files.exists(out.resolve("pl/jak-wycenic-projekt/card.png")), "no card drawn for a page with its own picture");
    }

    /**
     * X shows no share picture of 5 MB or more: a PNG whose 1200-pixel copy is that heavy (a photo saved as PNG) is named at
     * its image= line, with its copy's size, in this build and in the next, which keeps the copy it made.
     */
    @Test
    void anOwnPictureTooHeavyForXIsAWarningAtItsLine() throws Exception {
        Path copy = ProjectFixture.copyProject(temp.resolve("heavy"));
        BufferedImage noise = new BufferedImage(1200, 1700, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Files.createDirectories(copy.resolve("content/images"));
        ImageIO.write(noise, "png", copy.resolve("content/images/zdjecie.png").toFile());
        edit(copy, "tags=wycena,pieniądze", "tags=wycena,pieniądze\nimage=/images/zdjecie.png\nimageAlt=Szum");
        Path out = temp.resolve("heavy-site");
        for (int build = 1; build <= 2; build++) {
            List<String> warnings = new SiteBuilder(copy).build(out).warnings();
            long bytes = Files.size(out.resolve("images/zdjecie-1200w.png"));
            assertTrue(bytes >= 5_000_000 && bytes <= 8_000_000, bytes + " bytes");
            assertEquals(List.of(ARTICLE + ":9: warning: image /images/zdjecie.png is shared as /images/zdjecie-1200w.png, "
                    + String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6) + ": X shows no picture of 5 MB or more (Facebook's limit"
                    + " is 8 MB), so the page is shared there without it: save it as JPEG if it is a photo, or crop it nearer to 1200 x 630 pixels"),
                    warnings.stream().filter(w -> w.contains("shared as")).toList(), "build " + build);
        }
    }

    @Test
    void anUnfitOwnPictureStopsTheBuildWithItsLine() throws Exception {
        Path copy = ProjectFixture.copyProject(temp.resolve("bad"));
        TestImages.jpeg(copy.resolve("content/images/male.jpg"), 800, 600);
        TestImages.jpeg(copy.resolve("content/images/waskie.jpg"), 2400, 1000);
        TestImages.png(copy.resolve("content/images/duze.png"), 1300, 700);
        String original = Files.readString(copy.resolve(ARTICLE));
        List<String> errors = new ArrayList<>();
        for (String header : List.of("image=/images/male.jpg\nimageAlt=Małe zdjęcie", "image=/images/waskie.jpg\nimageAlt=Panorama",
                "image=/images/brak.jpg\nimageAlt=Brak", "image=/images/duze.png", "imageAlt=Samo")) {
            Files.writeString(copy.resolve(ARTICLE), original.replace("tags=wycena,pieniądze", "tags=wycena,pieniądze\n" + header));
            try {
                new SiteBuilder(copy).build(temp.resolve("bad-site"));
                errors.add("no error for " + header);
            } catch (BuildFailure e) {
                errors.add(e.problems().get(0).toString());
            }
        }
        assertEquals(List.of(
                ARTICLE + ":9: image /images/male.jpg is 800 x 600 pixels: it must be at least 1200 x 630 to be shown large when shared",
                ARTICLE + ":9: image /images/waskie.jpg is 2400 x 1000 pixels, published 1200 x 500: at 1200 pixels wide it must be at least"
                        + " 630 high to be shown large when shared (crop it to 1.9:1 or taller)",
                ARTICLE + ":9: image /images/brak.jpg not found: put the file at content/images/brak.jpg (images go in content/images/)",
                ARTICLE + ":9: image /images/duze.png has no imageAlt: add imageAlt= with what the picture shows",
                ARTICLE + ":9: imageAlt without image: name the picture with image=/images/name.jpg, or remove imageAlt"), errors);
        assertFalse(Files.exists(temp.resolve("bad-site")), "nothing published");
    }

    private static void edit(Path project, String from, String to) throws IOException {
        Path md = project.resolve(ARTICLE);
        String text = Files.readString(md);
        assertTrue(text.contains(from), from);
        Files.writeString(md, text.replace(from, to));
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
