package guide.bench;

import guide.bench.BenchOptions.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench/run's arguments give each size the engines its README section promises. */
class BenchOptionsTest {

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(args).orElseThrow();
    }

    @Test
    void sizesBeforeAnyModeAreBuiltByAllThreeEngines() {
        BenchOptions o = parse("100", "1000");
        assertEquals(List.of(new Size(100, true, true), new Size(1000, true, true)), o.sizes());
        assertEquals(1000, o.serveN(), "preview on the largest size up to 1000");
    }

    @Test
    void withoutJbakeAndGuideOnlyApplyToTheSizesAfterThem() {
        BenchOptions o = parse("100", "--without-jbake", "5000", "--guide-only", "10000");
        assertEquals(List.of(new Size(100, true, true), new Size(5000, false, true), new Size(10000, false, false)), o.sizes());
    }

    @Test
    void noJbakeAndNoHugoApplyToEverySizeWhereverTheyStand() {
        assertEquals(List.of(new Size(1000, false, true)), parse("1000", "--no-jbake", "--no-serve", "--runs", "3").sizes());
        assertEquals(List.of(new Size(100, true, false), new Size(5000, false, false)),
                parse("100", "--without-jbake", "5000", "--no-hugo").sizes());
    }

    @Test
    void noServeAndRunsAreRead() {
        BenchOptions o = parse("1000", "--no-jbake", "--no-serve", "--runs", "3", "--edits", "7");
        assertNull(o.serveN());
        assertEquals(3, o.runs());
        assertEquals(7, o.edits());
    }

    @Test
    void optionsWithoutSizesMeanTheDefaultSizes() {
        assertEquals(List.of(new Size(100, true, true), new Size(1000, true, true)), parse("--runs", "1").sizes());
    }

    @Test
    void helpAsksForNoRun() {
        assertTrue(BenchOptions.parse(new String[]{"--help"}).isEmpty());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> parse("100", "--hugo-only"));
        assertEquals("unknown option: --hugo-only", unknown.getMessage());
        assertEquals("a size needs a whole number, got: 1k", assertThrows(IllegalArgumentException.class, () -> parse("1k")).getMessage());
        IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class, () -> parse("100", "--runs"));
        assertEquals("--runs needs a whole number", noValue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("--guide-only"), "no size given");
        assertThrows(IllegalArgumentException.class, () -> parse("100", "--runs", "0"));
    }
}
