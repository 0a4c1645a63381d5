package guide.publish;

import guide.site.CliBuild;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor leaves in {@code assets/} besides the site's files (a {@code .env}, an editor's swap file, a macOS
 * resource fork) never reaches the built site, so no host serves it; {@code .well-known/} does.
 */
class AssetDotFilesTest {
    @Test
    void dotFilesInAssetsStayOutOfTheSiteExceptWellKnown(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Files.createDirectories(project.resolve("assets/.well-known"));
        Files.writeString(project.resolve("assets/.well-known/security.txt"), "Contact: mailto:security@example.com\n");
        Files.writeString(project.resolve("assets/.env"), "S3_SECRET=not-for-readers\n");
        Files.writeString(project.resolve("assets/css/._site.css"), "resource fork");
        Files.writeString(project.resolve("assets/js/.quiz.js.swp"), "swap");
        Files.writeString(project.resolve("assets/css/Thumbs.db"), "Explorer");
        Path site = temp.resolve("site");
        CliBuild build = CliBuild.run(project, "--output", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(site.resolve(".well-known/security.txt")));
        try (var files = Files.walk(site)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().matches("\\.env|\\._site.*|\\.quiz\\.js.*|Thumbs\\.db")), "no dot file or Windows listing of assets/ is in the site");
        }
    }
}
