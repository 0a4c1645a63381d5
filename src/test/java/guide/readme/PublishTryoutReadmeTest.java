package guide.readme;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Try publish on your machine", run as the README types it: S3Proxy started by its own {@code main} in a separate JVM
 * with the properties the README's {@code printf} writes and the bucket folder its {@code mkdir} makes, then two
 * publishes of a copy of the real project with the README's settings, whose last lines must be the ones quoted (counts,
 * sizes and times masked). A recipe whose second publish uploads everything again (a relative {@code basedir}) fails.
 */
class PublishTryoutReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("`./guide publish`: S3-compatible object storage");
    private static final int RECIPE = 3;
    private static final int PUBLISHES = 4;
    private static Process s3proxy;

    @RealProject
    static Path project;
    @TempDir
    static Path folder;

    @AfterAll
    static void stopped() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        if (s3proxy != null) {
            s3proxy.destroy();
        }
    }

    @Test
    void theRecipeStartsAServerThatTwoPublishesUseAsQuoted() throws Exception {
        ReadmeSection.Block recipe = README.block(RECIPE);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StringBuilder properties = new StringBuilder();
        String identity = null;
        String credential = null;
        boolean inPrintf = false;
        for (String line : recipe.lines()) {
            Matcher mkdir = Pattern.compile("^\\$ mkdir -p (\\S+)$").matcher(line);
            if (mkdir.find()) {
                Files.createDirectories(folder.resolve(mkdir.group(1)));
            }
            inPrintf = line.startsWith("$ printf") || inPrintf;
            if (inPrintf) {
                Matcher setting = Pattern.compile("([a-z0-9.]+)=(\"[^\"]*\"|[^\\s>]+)").matcher(line);
                while (setting.find()) {
                    String value = setting.group(2).replace("\"", "").replace("$PWD", folder.toString()).replace(":46283", ":" + port);
                    properties.append(setting.group(1)).append('=').append(value).append('\n');
                    identity = setting.group(1).equals("s3proxy.identity") ? value : identity;
                    credential = setting.group(1).equals("s3proxy.credential") ? value : credential;
                }
                inPrintf = line.endsWith("\\");
            }
        }
        assertTrue(identity != null && credential != null, "README.md:" + recipe.line() + ": the printf names s3proxy.identity and s3proxy.credential");
        Path file = folder.resolve("s3proxy.properties");
        Files.writeString(file, properties);
        s3proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "org.gaul.s3proxy.Main", "--properties", file.toString()).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
        awaitPort(port);

        String settings = String.join("\n", README.block(0).lines())
                .replace("https://ACCOUNT.r2.cloudflarestorage.com", "http://127.0.0.1:" + port)
                .replace("region=auto", "region=us-east-1").replace("pathStyle=false", "pathStyle=true");
        ProjectFiles.save(project, "jbake.properties", s -> s + settings + "\n");
        System.setProperty("aws.accessKeyId", identity);
        System.setProperty("aws.secretAccessKey", credential);
        ReadmeSection.Block publishes = README.block(PUBLISHES);
        for (int run = 0; run < 2; run++) {
            GuideRun publish = GuideRun.run(project, "publish");
            assertEquals(0, publish.exitCode(), publish.out() + publish.err() + Files.readString(folder.resolve("s3proxy.log")));
            List<String> quoted = publishes.outputOf(run + 1);
            assertEquals(masked(quoted.get(quoted.size() - 1)), masked(last(publish.lines(project))), "README.md:" + publishes.line() + ", publish " + (run + 1));
        }
    }

    private static void awaitPort(int port) throws Exception {
        for (int i = 0; i < 400; i++) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                assertTrue(s3proxy.isAlive(), "S3Proxy stopped: " + Files.readString(folder.resolve("s3proxy.log")));
                Thread.sleep(50);
            }
        }
        throw new AssertionError("S3Proxy did not start: " + Files.readString(folder.resolve("s3proxy.log")));
    }

    private static String last(List<String> lines) {
        return new ArrayList<>(lines).get(lines.size() - 1);
    }

    /** What editors' work changes: the number of files and their size, and the time it took. */
    private static String masked(String line) {
        return line.replaceAll("\\b[1-9]\\d* (uploaded|new|unchanged)", "N $1").replaceAll("; [\\d.]+ [kM]?B\\)", "; S)")
                .replaceFirst(" in \\d+\\.\\d s$", " in T s");
    }
}
