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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second preview on a port already taken says so in one line, instead of a bare "Address already in use",
 * and before it spends a build; a preview started in one project that works on another says which.
 */
class ServeCommandTest {
    @Test
    void aBusyPortIsNamedWithWhatToDo(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals("error: port " + port + " is already in use (another ./guide serve?): stop it, or choose another port, e.g. --port "
                    + (port + 1), stderrOf("serve", "--project", project.toString(), "--port", String.valueOf(port)).strip());
            assertFalse(Files.exists(project.resolve("target")), "the busy port is reported before a build writes anything");
        }
    }

    @Test
    void aPortOutOfRangeIsNamedWithTheRange(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        for (String port : new String[]{"99999", "0", "-1", "abc", "88 20"}) {
            String[] typed = {"serve", "--project", project.toString(), "--port", port};
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                assertEquals(2, Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed), "a value the command cannot take");
            } finally {
                System.setErr(err);
            }
            assertEquals("Invalid value for option '--port': '" + port + "': a port is a number from 1 to 65535, e.g. --port 8820",
                    captured.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""), "not picocli's \"is not an int\"");
        }
        assertFalse(Files.exists(project.resolve("target")), "refused before a build writes anything");
    }

    /**
     * {@code path/to/guide serve} typed in a project of one's own (or one of its folders) previews the project of
     * {@code ./guide} (its default):
     * the editor is told before editing files that nothing watches. Typed in that project (through a symbolic link too),
     * or with {@code --project}, nothing is said.
     */
    @Test
    void aPreviewStartedInAnotherProjectSaysWhichItPreviews(@TempDir Path temp) throws Exception {
        Path home = ProjectFixture.copyProject(temp.resolve("guide-home"));
        Path here = Path.of("").toAbsolutePath();
        assertTrue(Files.isRegularFile(here.resolve("jbake.properties")), "the tests run in a project folder");
        String before = System.getProperty("guide.home");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            System.setProperty("guide.home", home.toString());
            String elsewhere = stderrOf("serve", "--port", port);
            assertEquals("note: previewing the project in " + home + ", not the one you are in (" + here
                    + "); to preview that one, add --project " + here, elsewhere.lines().findFirst().orElse(""));
            ServeCommand inSubfolder = new ServeCommand();
            new picocli.CommandLine(inSubfolder).parseArgs();
            assertEquals(Optional.of(here), inSubfolder.options.otherProjectIn(here.resolve("content/pl")),
                    "typed in a folder of another project, the note names that project");
            assertEquals(Optional.empty(), inSubfolder.options.otherProjectIn(home.resolve("content/pl")),
                    "typed in a folder of the project of ./guide, nothing is said");
            assertTrue(stderrOf("serve", "--project", home.toString(), "--port", port).startsWith("error: port "), "no note with --project");
            System.setProperty("guide.home", here.toString());
            assertTrue(stderrOf("serve", "--port", port).startsWith("error: port "), "no note in the project of ./guide");
            // ./guide passes its folder as the shell spells it, through any symbolic link; the JVM's working folder has none.
            System.setProperty("guide.home", Files.createSymbolicLink(temp.resolve("link"), here).toString());
            assertTrue(stderrOf("serve", "--port", port).startsWith("error: port "), "no note in the project of ./guide, reached by a link");
        } finally {
            if (before == null) {
                System.clearProperty("guide.home");
            } else {
                System.setProperty("guide.home", before);
            }
        }
    }

    private static String stderrOf(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.commandLine(Path.of("").toAbsolutePath(), args).execute(args), "the port is taken");
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
