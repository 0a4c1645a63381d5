package guide.check;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a fault found in a built page back at the file an editor wrote: the Markdown line that
 * contains the offending text; else the line of a template or UI-string file that holds it
 * literally (a link in the page's frame, such as {@code aboutUrl: /en/about/}); else the built
 * page's line (the fault came from a template by a way that cannot be traced back).
 */
public final class SourceLocator {
    /** Where a fault is: a file and a 1-based line. */
    public record Location(Path file, int line) {
    }

    private final Path projectDir;
    private final Path shownRoot;
    private final Map<String, Path> sourceByPage;
    private final List<Path> frameFiles;
    private final Map<Path, List<String>> lines = new ConcurrentHashMap<>();

    /**
     * @param sourceByPage built page (relative to the site, e.g. {@code pl/x/index.html}) to its Markdown
     *                     file (relative to the project)
     * @param shownRoot    the output folder as editors know it ({@code target/site}), for faults that
     *                     come from templates rather than Markdown
     * @param frameFiles   templates and UI-string files (relative to the project), searched for
     *                     the offending text when the Markdown does not hold it
     */
    public SourceLocator(Path projectDir, Path shownRoot, Map<String, Path> sourceByPage, List<Path> frameFiles) {
        this.projectDir = projectDir;
        this.shownRoot = shownRoot;
        this.sourceByPage = sourceByPage;
        this.frameFiles = List.copyOf(frameFiles);
    }

    public Location locate(String page, String needle, Element element) {
        Path source = sourceByPage.get(page);
        if (needle != null && !needle.isEmpty()) {
            if (source != null) {
                int found = lineWith(source, needle);
                if (found > 0) {
                    return new Location(source, found);
                }
            }
            for (Path frame : frameFiles) {
                int found = lineWith(frame, needle);
                if (found > 0) {
                    return new Location(frame, found);
                }
            }
        }
        int line = element == null ? 0 : Math.max(0, element.sourceRange().start().lineNumber());
        Path built = shownRoot.resolve(page);
        built = built.startsWith(projectDir) ? projectDir.relativize(built) : built;
        return new Location(built, line);
    }

    /**
     * The files a page's frame comes from, in the order they are searched: the UI strings
     * ({@code templates/i18n/*.yaml}), then the templates; relative to the project.
     */
    public static List<Path> frameFiles(Path projectDir, Path templateDir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(templateDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".ftl"))
                    .sorted(java.util.Comparator.comparing((Path f) -> f.toString().endsWith(".ftl")).thenComparing(Path::toString))
                    .map(f -> projectDir.relativize(f.toAbsolutePath().normalize()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The 1-based number of the first line of {@code file} that contains {@code needle}, or 0. */
    private int lineWith(Path file, String needle) {
        List<String> text = lines.computeIfAbsent(file, this::readLines);
        for (int i = 0; i < text.size(); i++) {
            if (containsWhole(text.get(i), needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * True when {@code line} holds {@code needle} not as a part of a longer address: {@code /de/} is
     * not found in {@code /de/ueber/}, nor {@code x.png} in {@code box.png}.
     */
    public static boolean containsWhole(String line, String needle) {
        for (int at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if ((at == 0 || !isAddressChar(line.charAt(at - 1))) && (end == line.length() || !isAddressChar(line.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || "-._~%/:#?=&+".indexOf(c) >= 0;
    }

    private List<String> readLines(Path source) {
        try {
            return Files.readAllLines(projectDir.resolve(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
