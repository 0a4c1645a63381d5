package guide.serve;

import guide.build.BuildReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's and the preview's summary lines count in words that agree with the number: "the problem", "1 page", "1 file". */
class PreviewFailedLineTest {
    @Test
    void aFailedFirstBuildAsksToFixTheProblemOrTheNProblems() {
        assertEquals("Build failed; nothing to serve yet: fix the problem above and save, and the browser shows the site.",
                PreviewBuilds.failedLine(1, false));
        assertEquals("Build failed; nothing to serve yet: fix the 2 problems above and save, and the browser shows the site.",
                PreviewBuilds.failedLine(2, false));
        assertEquals("Build failed; still serving the last good build.", PreviewBuilds.failedLine(1, true));
    }

    @Test
    void aBuildOfOnePageFromOneFileSaysSoInTheSingular() {
        String rendered = new BuildReport(Path.of("/p/target/site"), Map.of("pl", 1), 1, 0, List.of(), 100, false).summary(Path.of("/p"));
        assertTrue(rendered.startsWith("Built 1 page into target/site in 0.1 s (1 file rendered)\n"), rendered);
        String reused = new BuildReport(Path.of("/p/target/site"), Map.of("pl", 1), 0, 1, List.of("w"), 100, false).summary(Path.of("/p"));
        assertTrue(reused.startsWith("Built 1 page into target/site in 0.1 s (already up to date: all 1 file as the last build left them)\n"), reused);
        assertTrue(reused.endsWith("  1 warning\n    w\n"), reused);
    }
}
