package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing new German home, not-found and article pages (German added as the README's "Add a language" says): only the
 * article needs --name, since its file name is its address; the home and not-found pages, whose type gives their address
 * (/de/, /de/404.html), keep their sources' file names rather than being refused for a name that would change nothing.
 */
class XliffNewHomePageTest {
    private static final String ARTICLE = "target/xliff/fire-bad-client.pl-de.xlf";

    @TempDir
    Path project;

    @Test
    void onlyTheArticleIsAskedForAName() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8).replace("site.languages=pl,en", "site.languages=pl,en,de"),
                StandardCharsets.UTF_8);
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/index.md", "content/pl/404.md",
                "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md", "--to", "de");
        assertEquals(0, export.code(), export.err());
        CopySourceToTarget.main(new String[] {project.resolve("target/xliff").toString()}); // as a CAT tool's "copy source to target"
        String[] files = {project.resolve("target/xliff/home.pl-de.xlf").toString(), project.resolve("target/xliff/not-found.pl-de.xlf").toString(),
                project.resolve(ARTICLE).toString()};

        XliffFixture.Run unnamed = XliffFixture.guide(project, concat(files));
        assertEquals(1, unnamed.code(), unnamed.out());
        assertTrue(unnamed.err().startsWith(project.resolve(ARTICLE) + ": makes a new page, content/de/5-oznak-ze-czas-rozstac-sie-z-klientem.md,"
                + " at the source's address"), unnamed.err());
        assertTrue(unnamed.err().endsWith("\nNothing imported: 1 problem; content/ was left as it was.\n"), "the home and not-found pages need no name: "
                + unnamed.err());

        XliffFixture.Run named = XliffFixture.guide(project, concat(files, "--name", "5-zeichen"));
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().contains("content/de/index.md: created (status=draft) from "), named.out());
        assertTrue(named.out().contains("content/de/404.md: created (status=draft) from "), named.out());
        assertTrue(named.out().contains("content/de/5-zeichen.md: created (status=draft) from "), named.out());
        assertFalse(Files.exists(project.resolve("content/de/5-oznak-ze-czas-rozstac-sie-z-klientem.md")), "not at the Polish address");
    }

    private static String[] concat(String[] files, String... options) {
        String[] all = new String[2 + files.length + options.length];
        all[0] = "translations";
        all[1] = "import";
        System.arraycopy(files, 0, all, 2, files.length);
        System.arraycopy(options, 0, all, 2 + files.length, options.length);
        return all;
    }
}
