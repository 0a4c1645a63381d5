package guide.cli;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A second preview on a port already taken says so in one line, instead of a bare "Address already in use",
 * and before it spends a build.
 */
class ServeCommandTest {
    @Test
    void aBusyPortIsNamedWithWhatToDo(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute("serve", "--project", project.toString(), "--port", String.valueOf(port));
            System.setErr(err);
            assertEquals(1, code);
            assertEquals("error: port " + port + " is already in use (another ./guide serve?): stop it, or choose another port, e.g. --port "
                    + (port + 1), captured.toString(StandardCharsets.UTF_8).strip());
            assertFalse(Files.exists(project.resolve("target")), "the busy port is reported before a build writes anything");
        } finally {
            System.setErr(err);
        }
    }
}
