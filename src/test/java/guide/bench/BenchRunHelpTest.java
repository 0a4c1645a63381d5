package guide.bench;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench/run --help} prints the usage and installs nothing: before, it went through the Pagefind install (npm,
 * from the registry) and needed GNU time before it got to the usage. Runs a copy of the script in a folder of its
 * own, with stand-ins for {@code hugo}, {@code npm}, {@code mvn} and {@code java} first on the PATH.
 */
class BenchRunHelpTest {
    @TempDir
    Path temp;

    @Test
    void helpPrintsTheUsageWithoutInstallingPagefind() throws Exception {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("bench"));
        Files.copy(ProjectFixture.projectDir().resolve("bench/run"), project.resolve("bench/run"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(project.resolve("target/classes"));
        Files.createDirectories(project.resolve("target/test-classes"));
        Files.writeString(project.resolve("target/test-classpath.txt"), "", StandardCharsets.UTF_8);
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path npmCalled = temp.resolve("npm-called");
        tool(bin, "hugo", "exit 0");
        tool(bin, "npm", "touch '" + npmCalled + "'");
        tool(bin, "mvn", "exit 0");
        tool(bin, "java", "echo \"usage: bench/run (the stand-in for java, given $*)\"");

        ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("bench/run").toString(), "--help")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bench/run --help ended");

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("usage: bench/run") && output.contains("--help"),
                "bench/run hands --help to the benchmark's own parser (here the stand-in java, which echoes it): " + output);
        assertFalse(Files.exists(npmCalled), "bench/run --help ran npm (to install Pagefind): " + output);
    }

    private static void tool(Path bin, String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
