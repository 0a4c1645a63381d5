package guide.build;

import guide.image.ResponsiveImagesTest;
import guide.image.TestImages;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.ProjectFiles;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's saves while a build fails: a new photo, whose copies are not published yet, is
 * checked for damage at the first failing save and not decoded again at every save after it (a
 * 12-megapixel photo takes a good part of a second); a damaged one is still named at each save,
 * and a good save publishes its copies.
 */
class FailingSaveImagesTest {
    @TempDir
    Path temp;
    private SiteBuilder preview;

    @AfterEach
    void finishSaving() {
        if (preview != null) {
            preview.finishSaving();
        }
    }

    @Test
    void aNewPhotoIsDecodedOnceForAllTheFailingSavesWhileItsBytesStayTheSame() throws Exception {
        Path project = ResponsiveImagesTest.withImages(temp.resolve("project"), "");
        Path output = project.resolve("target/site");
        preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        Map<String, String> published = SiteSnapshot.of(output);
        Path photo = TestImages.picture(project.resolve("content/images/nowe.jpg"), 1600, 1000);
        byte[] whole = Files.readAllBytes(photo);
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\n![A new photo of the desk](/images/nowe.jpg)\n", StandardOpenOption.APPEND);
        ProjectFiles.save(project, "content/pl/zdjecia.md", text -> text.replace("date=2026-11-23", "date=2026-11-31"));
        int shown = ProjectFiles.lineOf(project, "content/en/about.md", "(/images/nowe.jpg)");
        String badDate = "content/pl/zdjecia.md:2: date '2026-11-31' is not a real date";
        String damaged = "content/en/about.md:" + shown + ": image /images/nowe.jpg cannot be read: it is damaged (";

        int before = decodes();
        assertFailsWith(output, List.of(badDate), published);
        assertEquals(before + 1, decodes(), "the first failing save checks the new photo, whose copies are not published");
        save(about, "\nA first sentence more.\n");
        assertFailsWith(output, List.of(badDate), published);
        assertEquals(before + 1, decodes(), "the next failing save knows the photo is whole: it does not decode it again");

        Files.write(photo, Arrays.copyOf(whole, whole.length / 3));
        assertFailsWith(output, List.of(damaged, badDate), published);
        assertEquals(before + 2, decodes(), "the photo cut short is new bytes, decoded once");
        save(about, "\nA second sentence more.\n");
        assertFailsWith(output, List.of(damaged, badDate), published);
        assertEquals(before + 2, decodes(), "still named damaged, from what the save before found");

        Files.write(photo, whole);
        assertFailsWith(output, List.of(badDate), published);
        assertEquals(before + 3, decodes());
        ProjectFiles.save(project, "content/pl/zdjecia.md", text -> text.replace("date=2026-11-31", "date=2026-11-23"));
        preview.build(output);
        assertEquals(before + 3, decodes(), "the good save makes the copies without checking the photo again");
        assertTrue(Files.isRegularFile(output.resolve("images/nowe-800w.jpg")), "the photo's copies are published");
    }

    /**
     * A save that fails at the checks (here an image without alt text) throws away what it made, the new photo's copies
     * among it; they are kept beside the output instead, so the saves after it make none again, a new version of the
     * photo replaces them, and the good save publishes them as a clean build makes them.
     */
    @Test
    void aNewPhotosCopiesAreMadeOnceForAllTheSavesThatFailAtTheChecks() throws Exception {
        Path project = ResponsiveImagesTest.withImages(temp.resolve("project"), "");
        Path output = project.resolve("target/site");
        preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        Map<String, String> published = SiteSnapshot.of(output);
        Path photo = TestImages.picture(project.resolve("content/images/nowe.jpg"), 1600, 1000);
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, "\n![A new photo of the desk](/images/nowe.jpg)\n", StandardOpenOption.APPEND);
        Files.writeString(project.resolve("content/images/kreska.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"8\"></svg>");
        ProjectFiles.save(project, "content/pl/zdjecia.md", text -> text + "\n![](/images/kreska.svg)\n");
        String noAlt = "content/pl/zdjecia.md:" + ProjectFiles.lineOf(project, "content/pl/zdjecia.md", "![](/images/kreska.svg)")
                + ": image has no alt text: /images/kreska.svg: describe what it shows, as ![what it shows](/images/kreska.svg) in Markdown or alt=\"what it shows\" in an <img> tag";

        int before = made();
        assertFailsWith(output, List.of(noAlt), published);
        assertEquals(before + 3, made(), "the first failing save makes the new photo's copies, 480, 800 and 1200 pixels wide");
        save(about, "\nA first sentence more.\n");
        assertFailsWith(output, List.of(noAlt), published);
        assertEquals(before + 3, made(), "the next failing save takes the copies made before: it makes none");

        TestImages.picture(photo, 1300, 900);
        assertFailsWith(output, List.of(noAlt), published);
        assertEquals(before + 6, made(), "a new version of the photo gets new copies");
        try (Stream<Path> kept = Files.list(StoredCopies.folder(output))) {
            assertEquals(3, kept.count(), "only the new version's copies are kept");
        }

        ProjectFiles.save(project, "content/pl/zdjecia.md", text -> text.replace("![](/images/kreska.svg)", "![Kreska](/images/kreska.svg)"));
        preview.build(output);
        assertEquals(before + 6, made(), "the good save publishes the copies without making them again");
        assertTrue(Files.isRegularFile(output.resolve("images/nowe-1200w.jpg")), "the photo's copies are published");
        assertFalse(Files.exists(StoredCopies.folder(output)), "once published, the copies are kept only in the site");
        Path clean = temp.resolve("clean-site");
        new SiteBuilder(project).build(clean);
        assertEquals(SiteSnapshot.of(clean), SiteSnapshot.of(output), "the published site is byte for byte what a clean build makes");
        assertEquals(Files.getPosixFilePermissions(output.resolve("en/about/index.html")),
                Files.getPosixFilePermissions(output.resolve("images/nowe-1200w.jpg")), "the web server may read the copies as it reads the pages");
    }

    /** Two {@code ./guide build}s that fail at the checks, each a process of its own: the second makes no copy the first made. */
    @Test
    void aSecondCommandLineBuildThatFailsAtTheChecksMakesNoCopyAgain() throws Exception {
        Path project = ResponsiveImagesTest.withImages(temp.resolve("project"), "");
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        TestImages.picture(project.resolve("content/images/nowe.jpg"), 1600, 1000);
        Files.writeString(project.resolve("content/en/about.md"), "\n![](/images/nowe.jpg)\n", StandardOpenOption.APPEND);
        SiteBuilder first = new SiteBuilder(project);
        assertThrows(BuildFailure.class, () -> first.build(output));
        assertEquals(3, first.memory.storedCopies.made(), "the first build makes the new photo's three copies");
        SiteBuilder second = new SiteBuilder(project);
        BuildFailure failure = assertThrows(BuildFailure.class, () -> second.build(output));
        assertEquals(0, second.memory.storedCopies.made(), "the second build takes them as the first made them");
        assertTrue(failure.problems().get(0).toString().endsWith(": image has no alt text: /images/nowe.jpg: describe what it shows, as ![what it shows](/images/nowe.jpg) in Markdown or alt=\"what it shows\" in an <img> tag"), failure.problems().toString());
    }

    /**
     * {@code ./guide build --output} a folder elsewhere: the copies a failed build kept sit beside it, and a build that
     * succeeds leaves nothing there but what a good build leaves, whether it finds nothing changed since the last good
     * build (the new photo and its page deleted again) or publishes the copies.
     */
    @Test
    void aGoodBuildLeavesNoKeptCopiesBesideAnOutputElsewhere() throws Exception {
        Path project = ResponsiveImagesTest.withImages(temp.resolve("project"), "");
        Path output = temp.resolve("elsewhere/x");
        new SiteBuilder(project).build(output);
        List<String> beside = namesIn(output.getParent());
        Path page = project.resolve("content/en/new-photo.md");
        String withoutAlt = """
                title=A new photo
                date=2026-11-20
                type=page
                status=published
                translationKey=new-photo
                author=redakcja
                summary=A page with a new photo.
                ~~~~~~

                ![](/images/nowe.jpg)
                """;
        Path photo = TestImages.picture(project.resolve("content/images/nowe.jpg"), 1600, 1000);
        Files.writeString(page, withoutAlt);
        assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output), "the photo has no alt text");
        assertEquals(List.of(".x-image-copies"), namesIn(output.getParent()).stream().filter(n -> !beside.contains(n)).toList(),
                "the failed build keeps the photo's copies beside the output");
        Files.delete(page);
        Files.delete(photo);
        assertTrue(new SiteBuilder(project).build(output).sourcesUnchanged(), "the files are as the last good build found them");
        assertEquals(beside, namesIn(output.getParent()), "the good build keeps no copies beside the output");

        TestImages.picture(photo, 1600, 1000);
        Files.writeString(page, withoutAlt);
        assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output));
        Files.writeString(page, withoutAlt.replace("![]", "![A new photo of the desk]"));
        new SiteBuilder(project).build(output);
        assertTrue(Files.isRegularFile(output.resolve("images/nowe-1200w.jpg")), "the photo's copies are published");
        assertEquals(beside, namesIn(output.getParent()), "the good build published the copies and keeps none beside the output");
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private int made() {
        return preview.memory.storedCopies.made();
    }

    private int decodes() {
        return preview.memory.decodedImages.decodes();
    }

    /** The preview's build stops with problems starting as {@code starts}, in that order, and the published site stays as it was. */
    private void assertFailsWith(Path output, List<String> starts, Map<String, String> published) throws IOException {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> preview.build(output));
        List<String> problems = failure.problems().stream().map(Problem::toString).toList();
        assertEquals(starts.size(), problems.size(), problems.toString());
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(problems.get(i).startsWith(starts.get(i)), "expected " + starts.get(i) + "…, got " + problems);
        }
        assertEquals(published, SiteSnapshot.of(output), "a failing save leaves the published site as it was");
    }

    private static void save(Path file, String more) throws IOException {
        Files.writeString(file, more, StandardOpenOption.APPEND);
    }
}
