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
 * Points a fault found in a built page back at the file an editor wrote: the Markdown line
 * that contains the offending text, or else the built page's line (the fault came from a template).
 */
public final class SourceLocator {
    /** Where a fault is: a file and a 1-based line. */
    public record Location(Path file, int line) {
    }

    private final Path projectDir;
    private final Path shownRoot;
    private final Map<String, Path> sourceByPage;
    private final Map<Path, List<String>> lines = new ConcurrentHashMap<>();

    /**
     * @param sourceByPage built page (relative to the site, e.g. {@code pl/x/index.html}) to its Markdown
     *                     file (relative to the project)
     * @param shownRoot    the output folder as editors know it ({@code target/site}), for faults that
     *                     come from templates rather than Markdown
     */
    public SourceLocator(Path projectDir, Path shownRoot, Map<String, Path> sourceByPage) {
        this.projectDir = projectDir;
        this.shownRoot = shownRoot;
        this.sourceByPage = sourceByPage;
    }

    public Location locate(String page, String needle, Element element) {
        Path source = sourceByPage.get(page);
        if (source != null && needle != null && !needle.isEmpty()) {
            List<String> text = lines.computeIfAbsent(source, this::readLines);
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).contains(needle)) {
                    return new Location(source, i + 1);
                }
            }
        }
        int line = element == null ? 0 : Math.max(0, element.sourceRange().start().lineNumber());
        Path built = shownRoot.resolve(page);
        built = built.startsWith(projectDir) ? projectDir.relativize(built) : built;
        return new Location(built, line);
    }

    private List<String> readLines(Path source) {
        try {
            return Files.readAllLines(projectDir.resolve(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
