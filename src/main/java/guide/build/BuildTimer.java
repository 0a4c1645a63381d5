package guide.build;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dguide.timings=true}, prints how long each phase of a build took, in wall-clock
 * time and in CPU time of the whole process (all threads), for profiling the pipeline.
 */
final class BuildTimer {
    private static final boolean ON = Boolean.getBoolean("guide.timings");
    private long start;
    private long phaseStart;
    private long phaseCpu;

    void start() {
        start = System.nanoTime();
        phaseStart = start;
        phaseCpu = cpuNanos();
    }

    void phase(String name) {
        long now = System.nanoTime();
        if (ON) {
            long cpu = cpuNanos();
            System.err.printf("  %-28s %6.0f ms  (CPU %6.0f ms)%n", name, (now - phaseStart) / 1e6, (cpu - phaseCpu) / 1e6);
            phaseCpu = cpu;
        }
        phaseStart = now;
    }

    /** Milliseconds since {@link #start}. */
    long millis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long cpuNanos() {
        return ON && ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
