package guide.image;

import guide.site.CliBuild;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An image whose header is whole but whose picture is not: the scan, which reads only the header,
 * lets it pass; making its copies finds the damage. {@code ./guide build} exits 1 with one line at
 * the image file saying what to do, and the site built before stays as it was.
 */
class DamagedImagesTest {
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
    void aPngWithGarbledDataIsNamedWithWhatToDo() throws IOException {
        Path png = project.resolve("content/images/schemat.png");
        byte[] bytes = Files.readAllBytes(png);
        for (int i = 100; i < bytes.length - 100; i += 7) {
            bytes[i] ^= 0x5a; // the 33-byte signature and header stay whole
        }
        Files.write(png, bytes);
        assertStopsWith("content/images/schemat.png: cannot read this image: it is damaged (Error reading PNG image data");
    }

    @Test
    void aJpegCutShortIsNotPublishedHalfGrey() throws IOException {
        Path jpeg = project.resolve("content/images/biurko.jpg");
        byte[] bytes = Files.readAllBytes(jpeg);
        Files.write(jpeg, Arrays.copyOf(bytes, bytes.length / 3));
        assertStopsWith("content/images/biurko.jpg: cannot read this image: it is damaged (");
    }

    private void assertStopsWith(String start) throws IOException {
        CliBuild run = CliBuild.run(project);
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(l -> l.startsWith(start)).toList();
        assertEquals(1, lines.size(), "one line for the image, not one per copy:\n" + run.err());
        assertTrue(lines.get(0).endsWith("): save or export it again from the program that made it"), lines.get(0));
        assertFalse(run.err().contains("stopped unexpectedly"), run.err());
        assertEquals(before, SiteSnapshot.of(project.resolve("target/site")), "the site built before stays byte for byte as it was");
    }
}
