package guide.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A checkout on Windows, where Git for Windows sets core.autocrlf=true, gets the same files as one
 * on Linux: with CRLF templates and style sheets every built page and every asset's published name
 * would differ, and a publish from that checkout would upload the whole site again.
 */
class LineEndingsTest {
    @TempDir
    Path dir;

    @Test
    void aCheckoutWithAutocrlfKeepsLfLineEnds() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(ProjectFixture.projectDir().resolve(".gitattributes"), repo.resolve(".gitattributes"));
        Files.createDirectories(repo.resolve("templates"));
        Files.writeString(repo.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">\n<h1>${content.title}</h1>\n");
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "t");
        git(dir, "-c", "core.autocrlf=true", "clone", "-q", repo.toString(), "windows");

        assertEquals("<#ftl output_format=\"HTML\">\n<h1>${content.title}</h1>\n", Files.readString(dir.resolve("windows/templates/page.ftl")));
    }

    private static void git(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), out);
    }
}
