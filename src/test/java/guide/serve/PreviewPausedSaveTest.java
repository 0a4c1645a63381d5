package guide.serve;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A program that pauses in the middle of writing a page (Java's WatchService says when a file changes, never when the
 * program has closed it): the preview must not show the build of the half-written page, which fails (another page links
 * to a heading still to come), but one build of the whole page, and the reader's browser must hear of no failure.
 */
class PreviewPausedSaveTest {
    @ParameterizedTest(name = "a pause of {0} ms")
    @ValueSource(ints = {150, 400})
    @Timeout(120)
    void aPageWrittenInTwoPartsIsShownOnceWhole(int pauseMillis, @TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project")); LiveStates live = LiveStates.listen(preview.port())) {
            Path page = preview.project().resolve("content/pl/jak-wystawic-fakture.md");
            String whole = Files.readString(page, StandardCharsets.UTF_8).replace("Numer, datę", "Numer faktury, datę");
            // Cut before the heading another page links to (test-klienta.md: /pl/jak-wystawic-fakture/#when-to-send).
            int cut = whole.indexOf("## Kiedy ją wysłać");
            Thread.sleep(1500); // the first build announced, the silent warm-up over
            int before = live.heard().size();

            try (FileChannel out = FileChannel.open(page, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(whole.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
                Thread.sleep(pauseMillis);
                out.write(ByteBuffer.wrap(whole.substring(cut).getBytes(StandardCharsets.UTF_8)));
            }
            preview.awaitBody("/pl/jak-wystawic-fakture/", "Numer faktury, datę");
            Thread.sleep(2500); // long enough for a failure held back to be told, were it told

            List<String> heard = live.heard().subList(before, live.heard().size());
            // Each build that publishes is told twice: when its pages are in place, and when it ends with its warnings.
            assertEquals(1, heard.stream().map(state -> state.replaceAll(",.*", "")).distinct().count(),
                    "the page heard of one build, the whole page's: " + heard);
            assertTrue(heard.stream().allMatch(state -> state.contains("\"problems\":[]")), "and of no problem: " + heard);
        }
    }
}
