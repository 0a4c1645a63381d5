package guide.site;

import guide.build.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The real project (content, templates, assets) for tests: built once, or copied for mutation. */
public final class ProjectFixture {
    private static Path builtSite;

    private ProjectFixture() {
    }

    /** The project folder the tests run in (Maven's basedir). */
    public static Path projectDir() {
        return Path.of(System.getProperty("guide.project.dir", ".")).toAbsolutePath().normalize();
    }

    /** The real site, built once per test run into target/test-site. */
    public static synchronized Path builtSite() {
        if (builtSite == null) {
            Path out = projectDir().resolve("target/test-site");
            try {
                new SiteBuilder(projectDir()).build(out);
            } catch (BuildFailure e) {
                throw new AssertionError("the real content must build: " + e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtSite = out;
        }
        return builtSite;
    }

    /** A copy of the project's sources (not target/) in a fresh folder, to break on purpose. */
    public static Path copyProject(Path into) {
        try {
            for (String name : List.of("content", "templates", "assets")) {
                copyTree(projectDir().resolve(name), into.resolve(name));
            }
            Files.copy(projectDir().resolve("jbake.properties"), into.resolve("jbake.properties"));
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
