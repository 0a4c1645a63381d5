package guide.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A copy of the test site with a good build in its {@code target/site}, for the tests that then break the copy and check that
 * the failing build names the mistake and leaves that site byte for byte as it was.
 *
 * @param site   the built site
 * @param before the built site's files, path to SHA-256 ({@link SiteSnapshot})
 */
public record GoodSite(Path site, Map<String, String> before) {

    /** Copies the test site into {@code project} and builds it with {@code ./guide build}, which must succeed. */
    public static GoodSite builtIn(Path project) throws IOException {
        ProjectFixture.copyProject(project);
        Path site = project.resolve("target/site");
        CliBuild good = CliBuild.run(project);
        assertEquals(0, good.exitCode(), good.err());
        return new GoodSite(site, SiteSnapshot.of(site));
    }
}
