package guide.image;

import guide.site.CliBuild;
import guide.site.ProjectFiles;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An image whose header is whole but whose picture is not: the scan, which reads only the header,
 * lets it pass; making its copies finds the damage. {@code ./guide build} exits 1 with one line at
 * each Markdown line that shows the image (at the image file when no page shows it) saying which
 * file to save again, and the site built before stays as it was. A file whose header the scan
 * cannot read (no picture at all, cut to a few bytes, an SVG with a wrong viewBox) is named the
 * same way, at the lines that show it.
 */
class DamagedImagesTest {
    private static final String WHAT_TO_DO = "again from the program that made it";

    @TempDir
    Path temp;
    Path project;
    Map<String, String> before;

    @BeforeEach
    void buildTheArticleWithItsImagesFirst() throws IOException {
        project = ResponsiveImagesTest.withImages(temp.resolve("project"), "");
        CliBuild good = CliBuild.run(project);
        assertEquals(0, good.exitCode(), good.err());
        before = SiteSnapshot.of(project.resolve("target/site"));
    }

    @Test
    void aPngWithGarbledDataIsNamedAtTheMarkdownLineThatShowsIt() throws IOException {
        garble(project.resolve("content/images/schemat.png"));
        assertStopsWith(List.of("content/pl/zdjecia.md:19: image /images/schemat.png cannot be read: it is damaged (Error reading PNG image data"),
                "content/images/schemat.png");
    }

    @Test
    void aJpegCutShortIsNotPublishedHalfGrey() throws IOException {
        cutShort(project.resolve("content/images/biurko.jpg"));
        assertStopsWith(List.of("content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged ("),
                "content/images/biurko.jpg");
    }

    @Test
    void anImageShownOnTwoPagesIsNamedAtEachOfThem() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\nThe steps, drawn:\n\n![A diagram of three steps](/images/schemat.png)\n", StandardOpenOption.APPEND);
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "/images/schemat.png");
        garble(project.resolve("content/images/schemat.png"));
        assertStopsWith(List.of("content/en/about.md:" + line + ": image /images/schemat.png cannot be read: it is damaged (",
                        "content/pl/zdjecia.md:19: image /images/schemat.png cannot be read: it is damaged ("),
                "content/images/schemat.png");
    }

    @Test
    void aSharePictureIsNamedAtItsHeaderLine() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replaceFirst("\n~~~~~~\n",
                "\nimage=/images/biurko.jpg\nimageAlt=A desk with a laptop and a calendar\n~~~~~~\n"));
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "image=/images/biurko.jpg");
        cutShort(project.resolve("content/images/biurko.jpg"));
        assertStopsWith(List.of("content/en/about.md:" + line + ": image /images/biurko.jpg cannot be read: it is damaged (",
                        "content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged ("),
                "content/images/biurko.jpg");
    }

    /**
     * A page that gives the image's address in code and links to the file before it shows the image: named at the line
     * that shows it, where the editor looks for the picture, not at the first line that holds its address. A page that
     * only links to the file, after giving its address in code, is named at the link.
     */
    @Test
    void anSvgIsNamedAtTheImageNotAtItsAddressInCodeOrALinkAbove() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\nThe drawing's file is `/images/rysunek.svg`; [open it on its own](/images/rysunek.svg).\n\n"
                + "![A green rectangle](/images/rysunek.svg)\n", StandardOpenOption.APPEND);
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "![A green rectangle]");
        Path invoice = project.resolve("content/en/how-to-send-an-invoice.md");
        Files.writeString(invoice, "\nThe drawing is `/images/rysunek.svg`.\n\nSee [a link to it](/images/rysunek.svg).\n", StandardOpenOption.APPEND);
        int linked = ProjectFiles.lineOf(project, "content/en/how-to-send-an-invoice.md", "[a link to it]");
        Files.writeString(project.resolve("content/images/rysunek.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1O0 80\"></svg>");
        String message = ": image /images/rysunek.svg cannot be read: its viewBox must be four numbers (min-x min-y width height),"
                + " found \"0 0 1O0 80\": correct it in the <svg> element of content/images/rysunek.svg";
        assertStopsWithExactly(List.of("content/en/about.md:" + line + message, "content/en/how-to-send-an-invoice.md:" + linked + message,
                "content/pl/zdjecia.md:21" + message));
    }

    /** An image shown through a reference ({@code ![…][steps]}) is named at that use, not at the {@code [steps]: …} line below it. */
    @Test
    void aJpegCutShortShownThroughAReferenceIsNamedAtItsUse() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\nOur desk:\n\n![A desk with a laptop and a calendar][desk]\n\n[desk]: /images/biurko.jpg\n", StandardOpenOption.APPEND);
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "![A desk with a laptop and a calendar][desk]");
        cutShort(project.resolve("content/images/biurko.jpg"));
        assertStopsWith(List.of("content/en/about.md:" + line + ": image /images/biurko.jpg cannot be read: it is damaged (",
                        "content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged ("),
                "content/images/biurko.jpg");
    }

    @Test
    void anImageNoPageShowsIsNamedAtItsFile() throws IOException {
        Path unused = project.resolve("content/images/zapas.png");
        TestImages.png(unused, 640, 400);
        garble(unused);
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(l -> l.contains("damaged")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("content/images/zapas.png: cannot read this image: it is damaged ("), lines.get(0));
        assertTrue(lines.get(0).endsWith("): save or export it " + WHAT_TO_DO), lines.get(0));
    }

    @Test
    void aFileThatIsNoPictureIsNamedAtTheMarkdownLineThatShowsIt() throws IOException {
        Files.writeString(project.resolve("content/images/schemat.png"), "not a picture, a text file renamed");
        assertStopsWithExactly(List.of("content/pl/zdjecia.md:19: image /images/schemat.png cannot be read: it is not a valid PNG file"
                + " (it is damaged, or no picture at all): export content/images/schemat.png again as JPEG, PNG or SVG"));
    }

    @Test
    void aJpegCutToAFewBytesIsNamedAtItsShareLineAndItsBodyLineNotAsMissing() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replaceFirst("\n~~~~~~\n",
                "\nimage=/images/biurko.jpg\nimageAlt=A desk with a laptop and a calendar\n~~~~~~\n"));
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "image=/images/biurko.jpg");
        Path jpeg = project.resolve("content/images/biurko.jpg");
        Files.write(jpeg, Arrays.copyOf(Files.readAllBytes(jpeg), 12));
        String message = ": image /images/biurko.jpg cannot be read: it is damaged (No SOF segment in stream): save or export"
                + " content/images/biurko.jpg " + WHAT_TO_DO;
        assertStopsWithExactly(List.of("content/en/about.md:" + line + message, "content/pl/zdjecia.md:13" + message));
    }

    @Test
    void anSvgWithAWrongViewBoxIsNamedAtTheMarkdownLineThatShowsIt() throws IOException {
        Files.writeString(project.resolve("content/images/rysunek.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1O0 80\"></svg>");
        assertStopsWithExactly(List.of("content/pl/zdjecia.md:21: image /images/rysunek.svg cannot be read: its viewBox must be four"
                + " numbers (min-x min-y width height), found \"0 0 1O0 80\": correct it in the <svg> element of content/images/rysunek.svg"));
    }

    @Test
    void aFileThatIsNoPictureAndThatNoPageShowsIsNamedAtItsFile() throws IOException {
        Files.writeString(project.resolve("content/images/zapas.png"), "not a picture, a text file renamed");
        assertStopsWithExactly(List.of("content/images/zapas.png: cannot read this image: it is not a valid PNG file"
                + " (it is damaged, or no picture at all): export it again as JPEG, PNG or SVG"));
    }

    @Test
    void aFileThatIsNoPictureAndThatOnlyADraftShowsIsNamedAtTheDraftsLine() throws IOException {
        Files.writeString(project.resolve("content/en/deposits.md"), "title=Deposits\ndate=2026-12-01\ntype=post\nstatus=draft\n"
                + "translationKey=deposits\nauthor=redakcja\nsummary=When to ask for a deposit.\n~~~~~~\n\nText.\n\n"
                + "![A spare diagram](/images/zapas.png)\n");
        Files.writeString(project.resolve("content/images/zapas.png"), "not a picture, a text file renamed");
        // An error, not a draft's warning: the file stops the build whoever shows it, as when no page does.
        assertStopsWithExactly(List.of("content/en/deposits.md:12: image /images/zapas.png cannot be read: it is not a valid PNG file"
                + " (it is damaged, or no picture at all): export content/images/zapas.png again as JPEG, PNG or SVG"));
    }

    @Test
    void aPngThatIsNoPictureAndAJpegCutShortAreBothNamedInOneBuild() throws IOException {
        Files.writeString(project.resolve("content/images/schemat.png"), "not a picture, a text file renamed");
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> problems = run.err().lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(2, problems.size(), "both broken images, each once, in the one build:\n" + run.err());
        assertTrue(problems.contains("content/pl/zdjecia.md:19: image /images/schemat.png cannot be read: it is not a valid PNG file"
                + " (it is damaged, or no picture at all): export content/images/schemat.png again as JPEG, PNG or SVG"), run.err());
        assertTrue(problems.stream().anyMatch(l -> l.startsWith("content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged (")
                && l.endsWith("): save or export content/images/biurko.jpg " + WHAT_TO_DO)), run.err());
        assertFalse(run.err().contains("stopped unexpectedly"), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }

    @Test
    void aPngWithGarbledDataAndAJpegCutShortAreBothNamedInOneBuild() throws IOException {
        garble(project.resolve("content/images/schemat.png"));
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> damaged = run.err().lines().filter(l -> l.contains("damaged")).toList();
        assertEquals(2, damaged.size(), run.err());
        assertTrue(damaged.stream().anyMatch(l -> l.startsWith("content/pl/zdjecia.md:13: image /images/biurko.jpg")), run.err());
        assertTrue(damaged.stream().anyMatch(l -> l.startsWith("content/pl/zdjecia.md:19: image /images/schemat.png")), run.err());
    }

    @Test
    void aJpegCutShortIsNamedInTheBuildThatStopsAtAMissingSharePicture() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replaceFirst("\n~~~~~~\n",
                "\nimage=/images/brak.jpg\nimageAlt=A desk with a laptop and a calendar\n~~~~~~\n"));
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged (")),
                "the damaged photo is named in the same build as the other problem:\n" + run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("content/en/about.md:") && l.contains("/images/brak.jpg")), run.err());
    }

    /**
     * The copies are made before the pages' links and images are checked: a JPEG cut short, found while its copies are made,
     * still lets those checks run, so the problems they find in another article are named in the same build, not the next.
     */
    @Test
    void aJpegCutShortAndTheChecksProblemsInAnotherArticleAreNamedInOneBuild() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\n![](/images/rysunek.svg)\n\nSee [how to write to us](#write-to-us).\n", StandardOpenOption.APPEND);
        int image = ProjectFiles.lineOf(project, "content/en/about.md", "![](/images/rysunek.svg)");
        int link = ProjectFiles.lineOf(project, "content/en/about.md", "(#write-to-us)");
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> problems = run.err().lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(3, problems.size(), "the damaged photo and both problems of the about page, in one build:\n" + run.err());
        assertEquals("content/en/about.md:" + image + ": image has no alt text: /images/rysunek.svg"
                + ": describe what it shows, as ![what it shows](/images/rysunek.svg) in Markdown or alt=\"what it shows\" in an <img> tag", problems.get(0), run.err());
        assertTrue(problems.get(1).startsWith("content/en/about.md:" + link + ": broken anchor #write-to-us: "), run.err());
        assertTrue(problems.get(2).startsWith("content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged (")
                && problems.get(2).endsWith("): save or export content/images/biurko.jpg " + WHAT_TO_DO), run.err());
        assertTrue(run.err().contains("Build failed: 3 problems; the previous site was left as it was."), run.err());
        assertFalse(run.err().contains("stopped unexpectedly"), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }

    /**
     * A page whose header has a fault gives the build no page, but the editor who just added a photo to it looks there:
     * the damaged photo is named at the page's line that shows it, beside the header's own fault, in one build.
     */
    @Test
    void aJpegCutShortOnAPageWithABadDateIsNamedAtThePageLineThatShowsIt() throws IOException {
        Path article = project.resolve("content/pl/zdjecia.md");
        Files.writeString(article, Files.readString(article).replace("date=2026-11-23", "date=2026-11-31"));
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> problems = run.err().lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(2, problems.size(), "the bad date and the damaged photo, in one build:\n" + run.err());
        assertEquals("content/pl/zdjecia.md:2: date '2026-11-31' is not a real date: November 2026 has 30 days", problems.get(0), run.err());
        assertTrue(problems.get(1).startsWith("content/pl/zdjecia.md:13: image /images/biurko.jpg cannot be read: it is damaged (")
                && problems.get(1).endsWith("): save or export content/images/biurko.jpg " + WHAT_TO_DO), run.err());
        assertTrue(run.err().contains("Build failed: 2 problems; the previous site was left as it was."), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }

    /** A header that cannot be read at all (a line that is not key=value): its share picture is still found at its line. */
    @Test
    void aJpegCutShortIsNamedAtTheShareLineOfAHeaderThatCannotBeRead() throws IOException {
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replaceFirst("\n~~~~~~\n",
                "\nimage=/images/biurko.jpg\nimageAlt=A desk with a laptop and a calendar\nA line that is no header\n~~~~~~\n"));
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "image=/images/biurko.jpg");
        cutShort(project.resolve("content/images/biurko.jpg"));
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("content/en/about.md:" + line + ": image /images/biurko.jpg cannot be read:"
                + " it is damaged (")), "named at the about page's share line:\n" + run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("content/en/about.md:" + (line + 2) + ": header line is not key=value")),
                run.err());
        assertFalse(run.err().contains("content/images/biurko.jpg: cannot read"), run.err());
    }

    /**
     * A header never closed (the line of tildes deleted): the build cannot tell where the text starts, so it names the
     * header's fault after its key=value lines and the damaged photo at the line that shows it, counting every line of the file.
     */
    @Test
    void aJpegCutShortOnAPageWhoseHeaderIsNeverClosedIsNamedAtTheLineThatShowsIt() throws IOException {
        Path article = project.resolve("content/pl/zdjecia.md");
        int keys = ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "~~~~~~") - 1;
        Files.writeString(article, Files.readString(article).replace("~~~~~~\n", ""));
        int line = ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "(/images/biurko.jpg)");
        cutShort(project.resolve("content/images/biurko.jpg"));
        assertStopsWithExactly(List.of("content/pl/zdjecia.md:" + (keys + 1) + ": the header (lines 1-" + keys
                        + ") is not closed: add a line of exactly '~~~~~~' after line " + keys,
                "content/pl/zdjecia.md:" + line + ": image /images/biurko.jpg cannot be read: it is damaged (Truncated File - Missing EOI marker):"
                        + " save or export content/images/biurko.jpg " + WHAT_TO_DO));
    }

    /** A header ended by five tildes, in a file saved with Windows line ends: the photo is named at its line below them. */
    @Test
    void aJpegCutShortBelowASeparatorOfFiveTildesIsNamedAtItsLine() throws IOException {
        Path article = project.resolve("content/pl/zdjecia.md");
        Files.writeString(article, Files.readString(article).replace("~~~~~~\n", "~~~~~\n").replace("\n", "\r\n"));
        int separator = ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "~~~~~");
        int line = ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "(/images/biurko.jpg)");
        cutShort(project.resolve("content/images/biurko.jpg"));
        assertStopsWithExactly(List.of("content/pl/zdjecia.md:" + separator
                        + ": the header ends with a line of exactly six tildes '~~~~~~'; this one has 5",
                "content/pl/zdjecia.md:" + line + ": image /images/biurko.jpg cannot be read: it is damaged (Truncated File - Missing EOI marker):"
                        + " save or export content/images/biurko.jpg " + WHAT_TO_DO));
    }

    /** Flips bits all through the picture's data; the 33-byte signature and header stay whole. */
    private static void garble(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        for (int i = 100; i < bytes.length - 100; i += 7) {
            bytes[i] ^= 0x5a;
        }
        Files.write(png, bytes);
    }

    /** Keeps the first third of the file, as a copy or upload that stopped early would. */
    private static void cutShort(Path jpeg) throws IOException {
        byte[] bytes = Files.readAllBytes(jpeg);
        Files.write(jpeg, Arrays.copyOf(bytes, bytes.length / 3));
    }

    /** The build stops with one line for each start given, each naming {@code file} as the one to save again, and none at the image itself. */
    private void assertStopsWith(List<String> starts, String file) throws IOException {
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> damaged = run.err().lines().filter(l -> l.contains("damaged")).toList();
        assertEquals(starts.size(), damaged.size(), "one line for each page that shows the image, not one per copy:\n" + run.err());
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(damaged.get(i).startsWith(starts.get(i)), "expected " + starts.get(i) + "…, got:\n" + run.err());
            assertTrue(damaged.get(i).endsWith("): save or export " + file + " " + WHAT_TO_DO), damaged.get(i));
        }
        assertFalse(run.err().contains("stopped unexpectedly"), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }

    /** The build stops with these problems and no other (none at the image file when a page shows it), the site built before untouched. */
    private void assertStopsWithExactly(List<String> problems) throws IOException {
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(problems, run.err().lines().filter(l -> l.startsWith("content/")).toList(), run.err());
        assertFalse(run.err().contains("stopped unexpectedly"), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }
}
