package guide.readme;

import guide.publish.HostFiles;
import guide.site.ProjectFiles;
import guide.translation.GitProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Rename or delete a page" on a copy of the real project made a git repository: the about page moved with
 * {@code git mv} and its old address listed in {@code aliases=}, as the README types it. The build then names the link
 * to the old address and where its page went, as the README quotes it; with the links pointed at the new address it
 * builds, and a real nginx (Debian's nginx-light, as {@code NginxConfigTest} runs it) with the {@code server} block of
 * "Headers, caching and host configuration" answers the README's {@code curl} as quoted. Its port is a free one, and
 * its paths the copy's. Each case passes run alone: the build with the links moved, which cases 2 and 3 need, is made by the
 * first of them that runs ({@link SharedStep}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenameReadmeTest {
    private static final String LINK = "content/en/5-signs-its-time-to-fire-a-client.md";

    private static final ReadmeSection README = ReadmeSection.subsection("Rename or delete a page");

    @RealProject(git = true)
    static Path project;

    @TempDir
    static Path nginxDir;

    /** The links to the old address pointed at the new one and the site built: what nginx serves (case 2) and case 3 reads. */
    private static final SharedStep<GuideRun> LINKS_MOVED_AND_BUILT = SharedStep.giving(() -> project, () -> {
        ProjectFiles.save(project, LINK, s -> s.replace("(/en/about/)", "(/en/about-us/)"));
        ProjectFiles.save(project, "templates/i18n/en.yaml", s -> s.replace("aboutUrl: /en/about/\n", "aboutUrl: /en/about-us/\n"));
        return GuideRun.run(project, "build");
    });

    /** The rename as the README types it, in a git copy (the message about the old address reads git's history). */
    @BeforeAll
    static void renamed() throws Exception {
        for (String typed : README.block(0).lines()) {
            if (typed.startsWith("git ")) {
                GitProject.git(project, typed.substring("git ".length()).split(" "));
            } else if (!typed.startsWith("#")) {
                ProjectFiles.save(project, "content/en/about-us.md", s -> s.replaceFirst("\n~~~~~~\n", "\n" + typed + "\n~~~~~~\n"));
            }
        }
    }

    @Test
    @Order(1)
    void aLinkToTheOldAddressNamesWhereItsPageWent() {
        GuideRun refused = GuideRun.run(project, "build");
        ReadmeSection.Quote quote = README.quote('`', "broken link");
        assertTrue(refused.lines(project).stream().anyMatch(line -> line.endsWith(": " + quote.text())), "README.md:" + quote.line()
                + " quotes `" + quote.text() + "` of a link to the old address, and the build says otherwise:\n" + String.join("\n", refused.lines(project)));
    }

    @Test
    @Order(2)
    @Timeout(60)
    void nginxRedirectsTheOldAddress() throws Exception {
        GuideRun build = LINKS_MOVED_AND_BUILT.get();
        assertEquals(0, build.exitCode(), build.err());

        ReadmeSection.Block curl = README.block(1);
        Matcher typed = Pattern.compile("curl -sI http://127\\.0\\.0\\.1:\\d+(/\\S*) \\| grep -i '\\^HTTP\\\\\\|\\^location'").matcher(curl.lines().get(0));
        assertTrue(typed.find(), "README.md:" + curl.line() + ": the test reads the address from `curl -sI http://127.0.0.1:PORT/PATH | grep -i "
                + "'^HTTP\\|^location'`: keep that form, or change the test");
        int port = freePort();
        Process nginx = nginx(port);
        try {
            QuotedOutput.exactly(curl, curl.outputOf(0), head(port, typed.group(1)), line -> line,
                    "curl -sI " + typed.group(1) + " of nginx, with content/en/about.md renamed content/en/about-us.md and aliases=/en/about/,"
                            + " and the links to /en/about/ pointed at /en/about-us/");
        } finally {
            nginx.destroy();
        }
    }

    /** The forwarding page at the old address carries the page's link preview, as the README quotes it. */
    @Test
    @Order(3)
    void theForwardingPageCarriesThePagesLinkPreview() throws Exception {
        GuideRun build = LINKS_MOVED_AND_BUILT.get();
        assertEquals(0, build.exitCode(), build.err());
        ReadmeSection.Block grep = README.block(2);
        List<String> tags = Files.readAllLines(site().resolve("en/about/index.html")).stream()
                .filter(line -> line.contains("og:") || line.contains("twitter:")).toList();
        QuotedOutput.exactly(grep, grep.outputOf(0), tags, line -> line, "grep 'og:\\|twitter:' of the forwarding page at /en/about/ after the rename");
    }

    /** nginx with the README's {@code server} block, on {@code port}, serving the copy; running once it answers. */
    private static Process nginx(int port) throws Exception {
        File binary = new File(System.getProperty("guide.nginx", "/usr/sbin/nginx"));
        if (!binary.canExecute()) {
            throw new IllegalStateException("the README's nginx example needs Debian's nginx: apt-get install -y nginx-light");
        }
        String server = String.join("\n", ReadmeSection.subsection("Headers, caching and host configuration").block(0).lines())
                .replace("127.0.0.1:8953", "127.0.0.1:" + port).replace("/srv/guide/target/site-nginx.conf", HostFiles.nginxFile(site()).toString())
                .replace("/srv/guide/target/site", site().toString());
        StringBuilder conf = new StringBuilder("daemon off;\nmaster_process off;\npid " + nginxDir.resolve("nginx.pid") + ";\nerror_log "
                + nginxDir.resolve("error.log") + ";\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n");
        for (String temp : new String[] {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            conf.append("  ").append(temp).append("_temp_path ").append(nginxDir.resolve(temp)).append(";\n");
        }
        conf.append(server).append("\n}\n");
        Files.writeString(nginxDir.resolve("nginx.conf"), conf);
        Process nginx = new ProcessBuilder(binary.toString(), "-p", nginxDir.toString(), "-c", nginxDir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(nginxDir.resolve("out.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not start: " + Files.readString(nginxDir.resolve("out.log")));
    }

    private static Path site() {
        return project.resolve("target/site");
    }

    /** What {@code curl -sI http://127.0.0.1:port/path | grep -i '^HTTP\|^location'} prints: the status line and the Location header. */
    private static List<String> head(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream request = socket.getOutputStream();
            request.write(("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUser-Agent: curl\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                if (line.regionMatches(true, 0, "HTTP", 0, 4) || line.regionMatches(true, 0, "location", 0, 8)) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
