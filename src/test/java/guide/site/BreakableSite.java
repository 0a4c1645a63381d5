package guide.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Makes each test a copy of the test site with a good build ({@link GoodSite}) to break, and checks a broken build the one
 * way: it exits 1, leaves the previous site byte for byte as it was and no working folder behind, and names the mistake.
 */
public abstract class BreakableSite {
    @TempDir
    protected Path project;
    protected GoodSite good;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        good = GoodSite.builtIn(project);
    }

    /** A build that failed as a broken build must: exit 1, the previous site as it was, no working folder left. */
    protected CliBuild failedBuild() throws IOException {
        CliBuild result = CliBuild.run(project);
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(good.before(), SiteSnapshot.of(good.site()), "the previous site must stay byte for byte as it was");
        try (Stream<Path> left = Files.list(project.resolve("target"))) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).filter(name -> !SiteSnapshot.isBookkeeping(name)).toList(),
                    "no working folders left behind");
        }
        return result;
    }

    /** A failed build ({@link #failedBuild}) with a line that starts with {@code expectedLine}. */
    protected CliBuild assertFails(String expectedLine) throws IOException {
        CliBuild result = failedBuild();
        assertTrue(result.err().lines().anyMatch(l -> l.startsWith(expectedLine)), () -> "expected a line starting with\n  " + expectedLine + "\nin\n" + result.err());
        return result;
    }

    /** The failed build's problem lines: its output before the "Build failed" line. */
    protected List<String> failingLines() throws IOException {
        return failedBuild().err().lines().takeWhile(l -> !l.startsWith("Build failed") && !l.startsWith("Also ")).toList();
    }

    protected CliBuild build() {
        return CliBuild.run(project);
    }

    protected void edit(String file, UnaryOperator<String> change) throws IOException {
        ProjectFiles.save(project, file, change);
    }

    protected int lineOf(String file, String needle) throws IOException {
        return ProjectFiles.lineOf(project, file, needle);
    }
}
