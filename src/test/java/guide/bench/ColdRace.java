package guide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The race of one corpus size: each run gives every contender one build, in a fixed order, before
 * the next run begins, so that each engine's runs meet the same minutes of a machine whose speed
 * drifts, and the ratios between their medians compare like with like.
 */
final class ColdRace {
    /** One engine's part in the race: a build in each run, in turn with the others; it keeps its own results. */
    @FunctionalInterface
    interface Contender {
        /** Builds once, as run {@code r} of the race (from 1). */
        void turn(int r) throws Exception;
    }

    private ColdRace() {
    }

    /** Runs {@code runs} rounds, in each every contender once, in the order given. */
    static void run(int runs, List<? extends Contender> contenders) throws Exception {
        for (int r = 1; r <= runs; r++) {
            for (Contender contender : contenders) {
                contender.turn(r);
            }
        }
    }

    /**
     * The folder of cold run {@code r} of one engine, {@code dir/<engine>/run-r}, new and empty. No
     * measured run deletes anything: the cold runs' folders are deleted before the benchmark starts
     * ({@link Benchmark#deleteRunFolders}, the last invocation's) and when it ends. On a file system without a
     * journal (ext4 as this project's test machines mount it), creating a file within a minute of deleting
     * thousands (six minutes while the freed inodes' table blocks are not yet written back: {@code RECENTCY_MIN}
     * and {@code RECENTCY_DIRTY} in the kernel's {@code fs/ext4/ialloc.c}) costs the kernel, for every file it
     * makes, a look at each recently freed inode it passes over (ext4's {@code recently_deleted});
     * deleting the last run's ~9,000 files right before a cold build added 1 to 3 s of system time to
     * it, and more to the guide's than to Hugo's, which writes a third as many files.
     */
    static Path runFolder(Path dir, String engine, int r) throws IOException {
        Path folder = dir.resolve(engine).resolve("run-" + r);
        CorpusGenerator.deleteTree(folder);
        Files.createDirectories(folder);
        return folder;
    }
}
