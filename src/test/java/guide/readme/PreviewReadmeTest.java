package guide.readme;

import guide.content.FrontMatterParser;
import guide.serve.PreviewServer;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview's console as "Build and preview" quotes it, from a preview of a copy of the real project started on a
 * free port, with the README's edits saved one at a time, each whole and after the preview has answered the last: the date of
 * the about page mistyped (30.11.2026, as the README types it, whatever its date is) and put back, then a mistyped header, another article saved, and the header put back. Both
 * streams are read as the terminal shows them, in the order they were written. Masked, because editors' work and the
 * machine change them: the page count and the time each build took; the port is written as the README's. Case 2 passes run
 * alone: the edits of case 1, whose builds its numbering follows, are made by the first case that runs ({@link SharedStep}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("Build and preview");
    private static final String ABOUT = "content/pl/o-przewodniku.md";
    private static final String ARTICLE = "content/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach.md";
    private static final String OTHER = "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md";
    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static PrintStream out;
    private static PrintStream err;
    private static PreviewServer preview;
    private static int port;

    @RealProject
    static Path project;

    /** The README's first edits, the about page's date mistyped and put back: builds 1 and 2, which case 2's numbering follows. */
    private static final SharedStep<Void> DATE_MISTYPED_AND_PUT_BACK = SharedStep.of(() -> project, () -> {
        String date = FrontMatterParser.lenient(Files.readString(project.resolve(ABOUT))).get("date");
        saveThenAwait(ABOUT, s -> s.replaceFirst("(?m)^date=" + date + "$", "date=30.11.2026"), "Build failed; still serving the last good build.");
        saveThenAwait(ABOUT, s -> s.replaceFirst("(?m)^date=30.11.2026$", "date=" + date), "Build 2: ");
    });

    @BeforeAll
    static void started() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        out = System.out;
        err = System.err;
        PrintStream terminal = new PrintStream(CONSOLE, true, StandardCharsets.UTF_8);
        System.setOut(terminal);
        System.setErr(terminal);
        preview = new PreviewServer(project, project.resolve("target/site"), port);
        preview.start();
    }

    @AfterAll
    static void stopped() {
        if (preview != null) {
            preview.stop();
        }
        System.setOut(out);
        System.setErr(err);
    }

    @Test
    @Order(1)
    @Timeout(30)
    void aMistypedDateFailsTheBuildUntilItIsPutBack() throws Exception {
        ReadmeSection.Block block = README.block(1);
        DATE_MISTYPED_AND_PUT_BACK.ensure();
        QuotedOutput.exactly(block, block.output(), console(0), this::machineBound,
                "./guide serve, then the date of " + ABOUT + " made 30.11.2026 and put back");
    }

    @Test
    @Order(2)
    @Timeout(30)
    void aWarningIsListedOnceThenSaidToBeTheSameThenGone() throws Exception {
        ReadmeSection.Block block = README.block(2);
        DATE_MISTYPED_AND_PUT_BACK.ensure();
        int before = console(0).size();
        saveThenAwait(ARTICLE, s -> s.replaceFirst("(?m)^tags=", "tag="), "Build 3: ");
        saveThenAwait(OTHER, s -> s + "\n", "Build 4: ");
        saveThenAwait(ARTICLE, s -> s.replaceFirst("(?m)^tag=", "tags="), "Build 5: ");
        QuotedOutput.exactly(block, block.lines(), console(before), this::machineBound,
                "the same preview, with tags= made tag= in " + ARTICLE + ", then " + OTHER + " saved, then tags= put back");
    }

    /**
     * Saves the edit as an editor does, whole ({@link ProjectFiles#save}), and waits for the console to print a line that begins with
     * {@code awaited}: the build of that save, the only one it makes.
     */
    private static void saveThenAwait(String file, UnaryOperator<String> edit, String awaited)
            throws IOException, InterruptedException {
        ProjectFiles.save(project, file, edit);
        long until = System.nanoTime() + 20_000_000_000L;
        while (console(0).stream().noneMatch(line -> line.startsWith(awaited))) {
            if (System.nanoTime() > until) {
                fail("the preview did not print '" + awaited + "' within 20 s of saving " + file + "; it printed:\n" + String.join("\n", console(0)));
            }
            Thread.sleep(50);
        }
    }

    /** The console's lines from the {@code from}th on, without blank ones, with the test's port written as the README's. */
    private static List<String> console(int from) {
        List<String> lines = Arrays.stream(CONSOLE.toString(StandardCharsets.UTF_8).split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.replace("localhost:" + port + "/", "localhost:8820/")).toList();
        return lines.subList(from, lines.size());
    }

    /** The time a build took and the page count masked. */
    private String machineBound(String line) {
        return line.replaceFirst("^(Build \\d+: )\\d+ pages in \\d+\\.\\d s", "$1N pages in T s");
    }
}
