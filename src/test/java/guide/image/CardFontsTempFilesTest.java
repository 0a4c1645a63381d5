package guide.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A builder JVM that is killed (the mutation analysis kills its minions, an editor closes a
 * terminal) leaves nothing of its card fonts in the temporary folder: a CI machine's {@code /tmp}
 * had gained about a hundred 380 KB copies per run.
 */
class CardFontsTempFilesTest {

    /** Draws a card, so the card fonts load, then stops the JVM at once, as a kill would: no exit hooks run. */
    public static void main(String[] args) {
        new CardRenderer(CardStyle.DEFAULT).render(new CardText("Zażółć gęślą jaźń", "Przewodnik", "Polski"));
        System.out.println("drawn");
        Runtime.getRuntime().halt(0);
    }

    @Test
    void aKilledBuilderLeavesNoCopyOfItsFontsInTheTemporaryFolder(@TempDir Path tmp) throws IOException, InterruptedException {
        Path temporary = Files.createDirectory(tmp.resolve("tmp"));
        Path out = tmp.resolve("out");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                CardFontsTempFilesTest.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the card was drawn within a minute");
        assertEquals("drawn", Files.readString(out).strip(), "the child JVM drew a card");
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), "files the builder left in the temporary folder");
        }
    }
}
