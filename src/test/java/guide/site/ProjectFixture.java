package guide.site;

import guide.build.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Projects for tests. The builder is tested on the test site: content the tests own
 * ({@code src/test/resources/fixture-site}: its {@code content/} and {@code jbake.properties}),
 * built with the project's real templates and assets. Editors change the real {@code content/}
 * without touching a test: {@code RealContentTest} checks it as a whole, and the browser tests that must show a
 * real page ({@link #copyRealProject}) read what they expect of it from its content files (the quiz's points,
 * results and advice through {@code guide.browser.ContentQuiz}), never from words or numbers copied into the test.
 * The test site's own quiz is {@code test-klienta}; the quiz tests that check scores serve a second one they declare
 * themselves, {@code guide.browser.WrittenQuiz}.
 */
public final class ProjectFixture {
    private static Path builtSite;

    private ProjectFixture() {
    }

    /** The project folder the tests run in (Maven's basedir): templates, assets, the real content. */
    public static Path projectDir() {
        return Path.of(System.getProperty("guide.project.dir", ".")).toAbsolutePath().normalize();
    }

    /** The test site's own content and settings. */
    public static Path fixtureDir() {
        return projectDir().resolve("src/test/resources/fixture-site");
    }

    /** The test site, built once per test run into target/test-site/site. */
    public static synchronized Path builtSite() {
        if (builtSite == null) {
            Path project = projectDir().resolve("target/test-site");
            try {
                deleteTree(project);
                copyProject(project);
                new SiteBuilder(project).build(project.resolve("site"));
            } catch (BuildFailure e) {
                throw new AssertionError("the test site must build: " + e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtSite = project.resolve("site");
        }
        return builtSite;
    }

    /** A copy of the test site (its content and settings, the real templates and assets) in {@code into}, to build or break. */
    public static Path copyProject(Path into) {
        return copy(fixtureDir(), into);
    }

    /**
     * A copy of a small project of the tests' own, {@code src/test/resources/fixtures/NAME} (its content and settings), with
     * the real templates and assets, in {@code into}: for tests that count what a project holds, which a new article in the
     * real content or the test site must not change.
     */
    public static Path copyFixture(String name, Path into) {
        return copy(projectDir().resolve("src/test/resources/fixtures").resolve(name), into);
    }

    /** A copy of the real project's content, settings, templates and assets in {@code into}. */
    public static Path copyRealProject(Path into) {
        return copy(projectDir(), into);
    }

    private static Path copy(Path contentFrom, Path into) {
        try {
            copyTree(contentFrom.resolve("content"), into.resolve("content"));
            Files.copy(contentFrom.resolve("jbake.properties"), into.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
            for (String name : List.of("templates", "assets")) {
                copyTree(projectDir().resolve(name), into.resolve(name));
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from} into {@code to}, replacing files that are there. */
    public static void copyTree(Path from, Path to) throws IOException {
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

    /** Deletes a folder left by an earlier test run. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
