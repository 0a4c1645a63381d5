package guide.build;

/** With {@code -Dguide.timings=true}, prints how long each phase of a build took (for profiling the pipeline). */
final class BuildTimer {
    private static final boolean ON = Boolean.getBoolean("guide.timings");
    private long start;
    private long phaseStart;

    void start() {
        start = System.nanoTime();
        phaseStart = start;
    }

    void phase(String name) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf("  %-28s %6.0f ms%n", name, (now - phaseStart) / 1e6);
        }
        phaseStart = now;
    }

    /** Milliseconds since {@link #start}. */
    long millis() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
