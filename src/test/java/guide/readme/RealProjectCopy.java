package guide.readme;

import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fills each {@code static Path} field marked {@link RealProject} with a new copy of the real project, once for the test
 * class, and deletes the copies after it: the set-up every README test class that quotes the real site would otherwise
 * write again.
 */
final class RealProjectCopy implements BeforeAllCallback, AfterAllCallback {
    private final List<Path> made = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            RealProject wanted = field.getAnnotation(RealProject.class);
            if (wanted == null) {
                continue;
            }
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Path.class) {
                throw new IllegalStateException(field + ": @RealProject goes on a static Path field");
            }
            Path copy = ProjectFixture.copyRealProject(Files.createTempDirectory("real-project-"));
            made.add(copy);
            if (wanted.git()) {
                GitProject.init(copy);
            }
            field.setAccessible(true);
            field.set(null, copy);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (Path copy : made) {
            delete(copy);
        }
        made.clear();
    }

    /** Deletes the folder, though a build's clean-up thread may still be emptying an old output in it. */
    private static void delete(Path folder) throws Exception {
        for (int attempt = 1; Files.exists(folder); attempt++) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException stillEmptying) {
                if (attempt == 20) {
                    throw stillEmptying;
                }
                Thread.sleep(100);
            }
        }
    }
}
