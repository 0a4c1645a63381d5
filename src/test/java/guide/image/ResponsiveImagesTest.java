package guide.image;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor adds a large photo, a small diagram and an SVG to an article (in a copy of the test
 * site): JPEG and PNG are published only as re-encoded copies, never wider than the original nor
 * than 1200 pixels, without the camera's metadata; SVG as it is; and the page gets {@code srcset},
 * {@code sizes}, {@code width}, {@code height} and lazy loading after its first image.
 */
public class ResponsiveImagesTest {
    static final String ARTICLE = """
            title=Zdjęcia w artykule
            date=2026-11-23
            type=post
            status=published
            translationKey=photos
            author=redakcja
            summary=Artykuł z dużym zdjęciem, małym schematem i rysunkiem SVG.
            tags=klienci
            ~~~~~~

            Wstęp.

            ![Biurko z laptopem i kalendarzem](/images/biurko.jpg)

            ## Schemat {#diagram}

            %s

            ![Schemat trzech kroków](/images/schemat.png)

            ![Rysunek wektorowy](/images/rysunek.svg)
            """;
    /** Planted in the photo's EXIF data next to its GPS position: found in no published file. */
    static final String EXIF_MARKER = "Phone of the editor, GPS 52.2297 N 21.0122 E";

    @TempDir
    static Path temp;
    static Path site;
    static BuildReport report;
    static Document page;

    @BeforeAll
    static void build() throws Exception {
        Path project = withImages(temp.resolve("project"), "Długi akapit.\n\n".repeat(40));
        site = temp.resolve("site");
        report = new SiteBuilder(project).build(site);
        page = Jsoup.parse(site.resolve("pl/zdjecia/index.html").toFile(), "UTF-8");
    }

    /** A copy of the test site with the images (the photo with a GPS position in its EXIF data) and the article that shows them. */
    public static Path withImages(Path folder, String filler) throws IOException {
        Path project = ProjectFixture.copyProject(folder);
        TestImages.jpegWithGps(project.resolve("content/images/biurko.jpg"), 3000, 2000, EXIF_MARKER);
        TestImages.png(project.resolve("content/images/schemat.png"), 640, 400);
        Files.writeString(project.resolve("content/images/rysunek.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="720" height="240" viewBox="0 0 720 240"><rect width="720" height="240" fill="#2f6b5e"/></svg>
                """);
        Files.writeString(project.resolve("content/pl/zdjecia.md"), ARTICLE.formatted(filler));
        return project;
    }

    @Test
    void theLargePhotoGetsCopiesNoWiderThan1200PixelsAndThePageAllItNeeds() throws IOException {
        for (int width : List.of(480, 800, 1200)) {
            BufferedImage copy = ImageIO.read(site.resolve("images/biurko-" + width + "w.jpg").toFile());
            assertEquals(List.of(width, width * 2 / 3), List.of(copy.getWidth(), copy.getHeight()), "the " + width + " px copy");
        }
        assertFalse(Files.exists(site.resolve("images/biurko.jpg")), "the 3000-pixel original is not published");
        Element photo = image("/images/biurko");
        assertEquals("/images/biurko-1200w.jpg", photo.attr("src"));
        assertEquals(List.of("1200", "800"), List.of(photo.attr("width"), photo.attr("height")));
        assertEquals("/images/biurko-480w.jpg 480w, /images/biurko-800w.jpg 800w, /images/biurko-1200w.jpg 1200w", photo.attr("srcset"));
        assertEquals("(min-width: 48em) 680px, calc(100vw - 2.5rem)", photo.attr("sizes"), "the 68ch column of the 18 px text");
        assertFalse(photo.hasAttr("loading"), "the page's first image is not lazy: it is likely in view");
        assertFalse(photo.hasAttr("decoding"));
        assertEquals("Biurko z\u00a0laptopem i\u00a0kalendarzem", photo.attr("alt"), "the alt text typeset as Polish text is: no line ends at z or i");
    }

    @Test
    void theCamerasGpsPositionReachesNoPublishedFile() throws IOException {
        Path original = temp.resolve("project/content/images/biurko.jpg");
        assertTrue(TestImages.hasGpsInExif(original), "the test photo carries a GPS block in its EXIF data");
        byte[] marker = EXIF_MARKER.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                assertFalse(contains(bytes, marker), file + " carries the photo's EXIF data");
                if (file.toString().endsWith(".jpg")) {
                    assertFalse(TestImages.hasGpsInExif(file), file + " has a GPS block");
                    assertFalse(contains(bytes, "Exif\0\0".getBytes(StandardCharsets.US_ASCII)), file + " has EXIF data");
                }
            }
        }
    }

    @Test
    void aSmallImageIsReEncodedAtItsOwnSizeNeverEnlargedAndLaterImagesLoadLazily() throws IOException {
        assertEquals(480, ImageIO.read(site.resolve("images/schemat-480w.png").toFile()).getWidth());
        assertEquals(640, ImageIO.read(site.resolve("images/schemat-640w.png").toFile()).getWidth());
        assertFalse(Files.exists(site.resolve("images/schemat-800w.png")), "no copy wider than the 640-pixel original");
        assertFalse(Files.exists(site.resolve("images/schemat.png")), "the original PNG is not published either");
        Element diagram = image("/images/schemat");
        assertEquals("/images/schemat-640w.png", diagram.attr("src"));
        assertEquals("/images/schemat-480w.png 480w, /images/schemat-640w.png 640w", diagram.attr("srcset"));
        assertEquals(List.of("640", "400", "lazy", "async"),
                List.of(diagram.attr("width"), diagram.attr("height"), diagram.attr("loading"), diagram.attr("decoding")));
        Element svg = image("/images/rysunek.svg");
        assertEquals(List.of("720", "240", "lazy", "", ""),
                List.of(svg.attr("width"), svg.attr("height"), svg.attr("loading"), svg.attr("srcset"), svg.attr("sizes")));
        assertTrue(Files.isRegularFile(site.resolve("images/rysunek.svg")), "an SVG is published as it is");
    }

    @Test
    void anOriginalOverOneMegabyteIsAWarning() throws Exception {
        Path project = withImages(temp.resolve("heavy"), "");
        BufferedImage noise = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 900; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(noise, "png", project.resolve("content/images/szum.png").toFile());
        BuildReport heavy = new SiteBuilder(project).build(temp.resolve("heavy-site"));
        assertTrue(heavy.warnings().stream().anyMatch(w -> w.startsWith("content/images/szum.png: 1.9 MB, over 1 MB")), heavy.warnings().toString());
        assertFalse(report.warnings().stream().anyMatch(w -> w.contains("images/")), "no warning for light images: " + report.warnings());
    }

    @Test
    void aMissingImageOrAltTextStopsTheBuildWithTheMarkdownLine() throws Exception {
        Path project = withImages(temp.resolve("broken"), "![Zdjęcie, którego nie ma](/images/brak.jpg)\n\n![](/images/bez-opisu.png)");
        TestImages.png(project.resolve("content/images/bez-opisu.png"), 300, 200);
        assertEquals(List.of(
                "content/pl/zdjecia.md:17: image not found: /images/brak.jpg: put the file at content/images/brak.jpg"
                        + " (images go in content/images/, written /images/name.jpg)",
                "content/pl/zdjecia.md:19: image has no alt text: /images/bez-opisu.png: describe what it shows, as ![what it shows](/images/bez-opisu.png) in Markdown or alt=\"what it shows\" in an <img> tag"), problems(project));
    }

    @Test
    void anUnreadableImageIsNamedWithWhatToDo() throws Exception {
        Path project = withImages(temp.resolve("unreadable"), "");
        Files.writeString(project.resolve("content/images/zle.jpg"), "not a picture");
        Files.writeString(project.resolve("content/images/bez-rozmiaru.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>");
        Files.writeString(project.resolve("content/images/zly.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1O0 80\"></svg>");
        assertEquals(List.of(
                "content/images/bez-rozmiaru.svg: cannot read this image: the <svg> element has neither width and height in pixels"
                        + " nor a viewBox: give it width=\"…\" height=\"…\"",
                "content/images/zle.jpg: cannot read this image: it is not a valid JPEG file (it is damaged, or no picture at all):"
                        + " export it again as JPEG, PNG or SVG",
                "content/images/zly.svg: cannot read this image: its viewBox must be four numbers (min-x min-y width height),"
                        + " found \"0 0 1O0 80\": correct it in the <svg> element"),
                problems(project));
    }

    /** An SVG may be saved in another encoding than UTF-8, as Polish editors' programs often do; its XML declaration says which. */
    @Test
    void anSvgSavedInWindows1250OrUtf16BuildsWithItsSize() throws Exception {
        Path project = withImages(temp.resolve("encodings"), "");
        String svg = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"240\">"
                + "<title>Schemat płatności – zaliczka</title></svg>\n";
        Files.write(project.resolve("content/images/rysunek.svg"), svg.formatted("windows-1250").getBytes("windows-1250"));
        new SiteBuilder(project).build(project.resolve("target/site"));
        assertEquals(List.of("720", "240"), List.of(imageIn(project, "/images/rysunek.svg").attr("width"),
                imageIn(project, "/images/rysunek.svg").attr("height")), "windows-1250");

        Files.write(project.resolve("content/images/rysunek.svg"), svg.formatted("UTF-16").getBytes(StandardCharsets.UTF_16));
        new SiteBuilder(project).build(project.resolve("target/site"));
        assertEquals("720", imageIn(project, "/images/rysunek.svg").attr("width"), "UTF-16 with its byte order mark");
    }

    private static Element imageIn(Path project, String src) throws IOException {
        Path page = project.resolve("target/site/pl/zdjecia/index.html");
        return Jsoup.parse(Files.readString(page)).selectFirst("img[src=" + src + "]");
    }

    /** A JPEG or PNG next to an article is published as copies too: a link to its own address names the copy to link to. */
    @Test
    void aLinkToAPngsOwnAddressNamesTheCopyToLinkTo() throws Exception {
        Path project = withImages(temp.resolve("own-address"), "[Wykres w pełnym rozmiarze](/pl/wykres.png)");
        TestImages.png(project.resolve("content/pl/wykres.png"), 640, 400);
        assertEquals(List.of("content/pl/zdjecia.md:" + ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "/pl/wykres.png")
                + ": broken link (no such page or file): /pl/wykres.png: the image is not published as saved, only in resized copies:"
                + " link to the largest, /pl/wykres-640w.png"), problems(project));
    }

    /** A link to a PNG's own address below the PNG shown with alt text: named at the link's line, not at the image's. */
    @Test
    void aLinkToAPngsOwnAddressBelowThePngIsNamedAtTheLinksLine() throws Exception {
        Path project = withImages(temp.resolve("own-address-below"), "![Wykres](/pl/wykres.png)\n\n[Wykres w pełnym rozmiarze](/pl/wykres.png)");
        TestImages.png(project.resolve("content/pl/wykres.png"), 640, 400);
        assertEquals(List.of("content/pl/zdjecia.md:" + ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "[Wykres w pełnym")
                + ": broken link (no such page or file): /pl/wykres.png: the image is not published as saved, only in resized copies:"
                + " link to the largest, /pl/wykres-640w.png"), problems(project));
    }

    @Test
    void twoImagesWhoseCopiesWouldShareAnAddressStopTheBuild() throws Exception {
        Path project = withImages(temp.resolve("clash"), "");
        TestImages.jpeg(project.resolve("content/images/biurko.jpeg"), 1000, 700);
        assertEquals(List.of("content/images/biurko.jpg: its copy /images/biurko-480w.jpg would replace the one of"
                + " content/images/biurko.jpeg: rename one of the two files"), problems(project));
    }

    /** The problems a build of the project stops with (it must stop). */
    private static List<String> problems(Path project) throws IOException {
        try {
            new SiteBuilder(project).build(project.resolve("target/site"));
            throw new AssertionError("the build must fail");
        } catch (BuildFailure e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A designer widens the column where the README says, {@code --column} in {@code site.css}: the images' {@code sizes} follow, so
     * a browser on a wide screen picks the 1200-pixel copy for a 100ch (1,000-pixel) column, not the 800-pixel one stretched.
     */
    @Test
    void theImagesSizesFollowTheColumnADesignerSets() throws Exception {
        Path project = withImages(temp.resolve("wide"), "Akapit.\n\n");
        ProjectFiles.save(project, "assets/css/site.css", css -> css.replace("--column: 68ch;", "--column: 100ch;"));
        new SiteBuilder(project).build(project.resolve("target/site"));
        assertEquals("(min-width: 48em) 1000px, calc(100vw - 2.5rem)", imageIn(project, "/images/biurko-1200w.jpg").attr("sizes"));
    }

    @Test
    void aColumnTheBuildCannotReadStopsItAtItsLine() throws Exception {
        Path project = withImages(temp.resolve("unreadable"), "Akapit.\n\n");
        ProjectFiles.save(project, "assets/css/site.css", css -> css.replace("--column: 68ch;", "--column: 60vw;"));
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> new SiteBuilder(project).build(project.resolve("target/site")));
        assertEquals(List.of("assets/css/site.css:10: --column: 60vw: the articles' images are chosen for the column's width, which the "
                + "build reads as one length in ch, px, rem or em (the guide's is --column: 68ch); write it so"),
                failure.problems().stream().map(Object::toString).filter(p -> p.startsWith("assets/")).toList());
    }

    private static Element image(String srcStart) {
        Element img = page.selectFirst("img[src^=" + srcStart + "]");
        assertTrue(img != null, "no image " + srcStart + " in the page");
        return img;
    }
}
