package guide.publish;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small project the publishing tests own (src/test/resources/fixtures/publish: settings and
 * content), with the real templates/ and assets/ copied next to it, pointed at a test bucket.
 */
final class PublishFixture {
    private PublishFixture() {
    }

    /** A fresh copy in {@code into} that publishes to {@code bucket} at {@code endpoint}. */
    static Path project(Path into, URI endpoint, String bucket) {
        try {
            Path fixture = ProjectFixture.projectDir().resolve("src/test/resources/fixtures/publish");
            ProjectFixture.copyTree(fixture, into);
            for (String name : List.of("templates", "assets")) {
                ProjectFixture.copyTree(ProjectFixture.projectDir().resolve(name), into.resolve(name));
            }
            setting(into, "site.publish.endpoint", endpoint.toString());
            setting(into, "site.publish.bucket", bucket);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a key by appending a line (the last line of a key wins, as in java.util.Properties). */
    static void setting(Path project, String key, String value) throws IOException {
        Path file = project.resolve("jbake.properties");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + key + "=" + value + "\n", StandardCharsets.UTF_8);
    }

}
