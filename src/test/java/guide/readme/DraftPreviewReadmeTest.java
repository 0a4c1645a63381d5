package guide.readme;

import guide.serve.PreviewServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The preview's console as "Add an article" quotes it for a draft: the README's own draft, {@code content/en/late-fees.md}
 * with its broken link and missing image, then with a {@code <script>} that stops its page, in a copy of the real project,
 * served on a free port. Masked: the page count and the build's time; the port is written as the README's.
 */
class DraftPreviewReadmeTest {
    /** The README's draft down to its first paragraph; each case adds its own. */
    private static final String LATE_FEES = """
            title=Charging late fees
            date=2026-12-01
            type=post
            status=draft
            translationKey=late-fees
            author=redakcja
            summary=When a late fee is worth asking for, and how to put it in the contract.
            ~~~~~~

            ## When to charge {#when}

            """;

    @RealProject
    static Path project;

    @Test
    void thePreviewSaysWhereToSeeADraft() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(2);
        List<String> lines = consoleWith(LATE_FEES + "Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/)"
                + " and [our guide to contracts](/en/contracts/).\n\n![Late payments by month](/images/late-payments.svg)\n");
        QuotedOutput.exactly(block, block.output(), lines, DraftPreviewReadmeTest::machineBound, "./guide serve with the draft content/en/late-fees.md");
    }

    @Test
    void thePreviewSaysWhereToSeeWhatStopsADraftsPage() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(3);
        List<String> lines = consoleWith(LATE_FEES + "Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/).\n\n"
                + "<script src=\"https://example.com/late-fee-calculator.js\"></script>\n");
        QuotedOutput.exactly(block, block.output(), lines, DraftPreviewReadmeTest::machineBound,
                "./guide serve with a <script> in the draft content/en/late-fees.md");
    }

    /** The preview's console, its port written as the README's, with {@code content/en/late-fees.md} saved as {@code text}. */
    private static List<String> consoleWith(String text) throws Exception {
        Files.writeString(project.resolve("content/en/late-fees.md"), text, StandardCharsets.UTF_8);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PreviewServer preview = new PreviewServer(project, project.resolve("target/site"), port);
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            preview.start();
        } finally {
            preview.stop();
            System.setOut(out);
        }
        String local = "localhost:" + port + "/";
        return Arrays.stream(console.toString(StandardCharsets.UTF_8).split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.replace(local, "localhost:8820/")).toList();
    }

    /** The time a build took and the page count masked. */
    private static String machineBound(String line) {
        return line.replaceFirst("^(Build \\d+: )\\d+ pages in \\d+\\.\\d s", "$1N pages in T s");
    }
}
