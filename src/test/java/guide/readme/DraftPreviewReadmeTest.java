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
 * with its broken link and missing image, in a copy of the real project, served on a free port. Masked: the page count and
 * the build's time; the port is written as the README's.
 */
class DraftPreviewReadmeTest {
    @RealProject
    static Path project;

    @Test
    void thePreviewSaysWhereToSeeADraft() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(2);
        Files.writeString(project.resolve("content/en/late-fees.md"), """
                title=Charging late fees
                date=2026-12-01
                type=post
                status=draft
                translationKey=late-fees
                author=redakcja
                summary=When a late fee is worth asking for, and how to put it in the contract.
                ~~~~~~

                ## When to charge {#when}

                Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/) and [our guide to contracts](/en/contracts/).

                ![Late payments by month](/images/late-payments.svg)
                """, StandardCharsets.UTF_8);
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
        List<String> lines = Arrays.stream(console.toString(StandardCharsets.UTF_8).split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.replace(local, "localhost:8820/")).toList();
        QuotedOutput.exactly(block, block.output(), lines, DraftPreviewReadmeTest::machineBound, "./guide serve with the draft content/en/late-fees.md");
    }

    /** The time a build took and the page count masked. */
    private static String machineBound(String line) {
        return line.replaceFirst("^(Build \\d+: )\\d+ pages in \\d+\\.\\d s", "$1N pages in T s");
    }
}
