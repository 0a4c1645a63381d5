package guide.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator who puts the guide in a folder of a host ({@code site.host=https://example.org/guide/}) is told at the
 * setting's line that it cannot be, instead of getting a site whose canonical links, hreflang, sitemap and feeds say
 * {@code /guide/} while every link, style sheet, redirect and search request goes to the host's root.
 */
class SiteHostTest {
    @TempDir
    Path project;

    @Test
    void aSiteHostWithAFolderStopsTheBuildAtItsLine() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.edit(project, "jbake.properties", s -> s.replace("site.host=https://guide.test", "site.host=https://guide.test/guide/"));
        CliBuild build = CliBuild.run(project);
        assertEquals(1, build.exitCode(), build.err());
        int line = ProjectFiles.lineOf(project, "jbake.properties", "site.host=");
        assertEquals("jbake.properties:" + line + ": site.host must be a host name without a folder (found 'https://guide.test/guide/'): the"
                + " guide's pages link to each other from the root of their host (/pl/...), so it cannot be served from a folder; serve it"
                + " from a host name of its own, e.g. https://guide.example.org", build.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(project.resolve("target/site/index.html")), "nothing built");
    }

    @Test
    void aSiteHostWithItsSlashIsTheHost() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.edit(project, "jbake.properties", s -> s.replace("site.host=https://guide.test", "site.host=https://guide.test/"));
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(project.resolve("target/site/sitemap.xml")).contains("<loc>https://guide.test/pl/</loc>"));
    }
}
