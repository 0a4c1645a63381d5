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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ProjectFiles.edit(project, "content/pl/zdjecia.md", text -> text.replace("date=2026-11-23", "date=2026-11-31"));
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
        ProjectFiles.edit(project, "content/pl/zdjecia.md", text -> text.replace("date=2026-11-31", "date=2026-11-23"));
        preview.build(output);
        assertEquals(before + 3, decodes(), "the good save makes the copies without checking the photo again");
        assertTrue(Files.isRegularFile(output.resolve("images/nowe-800w.jpg")), "the photo's copies are published");
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
