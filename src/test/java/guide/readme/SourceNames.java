package guide.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The builder's packages, classes and test classes a text names ({@code guide.html}, {@code guide.html.PageCensus},
 * {@code guide.build.Inputs.read}, {@code IncrementalBuildTest}), and which of them no source tree holds: a class
 * renamed or deleted leaves the README pointing a newcomer at nothing. A name counts as a class when its last
 * package is followed by a capitalised part (a method after it is not checked); an address ({@code
 * https://guide.example.org}) or a system property ({@code -Dguide.timings}) is not a name.
 */
final class SourceNames {
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w./:-])guide((?:\\.[a-z][a-z0-9]*)+)(?:\\.([A-Z]\\w*))?");
    private static final Pattern TEST_CLASS = Pattern.compile("\\b[A-Z][A-Za-z0-9]*Test\\b");

    private final List<Path> roots;
    private final Set<String> classNames;

    /** @param roots the source trees a name may live in ({@code src/main/java}, {@code src/test/java}), read once here */
    SourceNames(List<Path> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("no source tree to look in");
        }
        this.roots = List.copyOf(roots);
        this.classNames = classNames(roots);
    }

    /** Each name in {@code text} that no source tree holds, as {@code <line>: <name>}, in the text's order. */
    List<String> missing(String text) {
        List<String> missing = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher qualified = QUALIFIED.matcher(lines[i]);
            while (qualified.find()) {
                String dir = "guide" + qualified.group(1).replace('.', '/');
                String type = qualified.group(2);
                boolean there = type == null ? anyRootHas(dir) : anyRootHas(dir + "/" + type + ".java");
                if (!there) {
                    missing.add((i + 1) + ": " + qualified.group());
                }
            }
            Matcher test = TEST_CLASS.matcher(lines[i]);
            while (test.find()) {
                if (!classNames.contains(test.group())) {
                    missing.add((i + 1) + ": " + test.group());
                }
            }
        }
        return missing;
    }

    private boolean anyRootHas(String relative) {
        return roots.stream().anyMatch(root -> Files.exists(root.resolve(relative)));
    }

    /** The simple name of each class the trees hold ({@code IncrementalBuildTest}), from its file's name. */
    private static Set<String> classNames(List<Path> roots) {
        Set<String> names = new HashSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                        .forEach(f -> names.add(f.substring(0, f.length() - ".java".length())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return Set.copyOf(names);
    }
}
