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
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.host=https://guide.test", "site.host=https://guide.test/guide/"));
        CliBuild build = CliBuild.run(project);
        assertEquals(1, build.exitCode(), build.err());
        int line = ProjectFiles.lineOf(project, "jbake.properties", "site.host=");
        assertEquals("jbake.properties:" + line + ": site.host must be a host name without a folder (found 'https://guide.test/guide/'): the"
                + " guide's pages link to each other from the root of their host (/pl/...), so it cannot be served from a folder; serve it"
                + " from a host name of its own, e.g. https://guide.example.org", build.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(project.resolve("target/site/index.html")), "nothing built");
    }

    /** Hosts the URL pattern let through but Java reads no host in: the feeds' entry ids stopped the build with a NullPointerException. */
    @Test
    void aSiteHostWithoutAHostNameStopsTheBuildAtItsLine() throws IOException {
        for (String host : new String[] {"https://guide_site.example", "https://przewodnik.bücher.example", "https://guide.test:80a"}) {
            Path copy = project.resolve(String.valueOf(host.length()));
            ProjectFixture.copyProject(copy);
            ProjectFiles.save(copy, "jbake.properties", s -> s.replace("site.host=https://guide.test", "site.host=" + host));
            CliBuild build = CliBuild.run(copy);
            assertEquals(1, build.exitCode(), build.err());
            int line = ProjectFiles.lineOf(copy, "jbake.properties", "site.host=");
            assertEquals("jbake.properties:" + line + ": site.host has no host name a browser can use (found '" + host + "'): write letters,"
                    + " digits, '-' and '.' (a domain with other letters in its xn-- form), and after a ':' only a port number",
                    build.err().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void aSiteHostWithItsSlashIsTheHost() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.host=https://guide.test", "site.host=https://guide.test/"));
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(project.resolve("target/site/sitemap.xml")).contains("<loc>https://guide.test/pl/</loc>"));
    }
}
