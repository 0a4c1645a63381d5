package guide.check;

import guide.html.HtmlFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staged output as checks see it: its pages (parsed once), and how a root-relative URL maps to
 * a file, the way a static host serves it ({@code /pl/x/} is {@code pl/x/index.html}).
 */
public final class BuiltSite {
    private final Path root;
    private final Map<String, Document> pages = new HashMap<>();

    public BuiltSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public List<String> pagePaths() {
        return HtmlFiles.list(root).stream().map(p -> p.toString().replace('\\', '/')).toList();
    }

    public Document page(String path) {
        return pages.computeIfAbsent(path, p -> HtmlFiles.read(root.resolve(p)));
    }

    /** The file a root-relative path (without query or fragment) is served from, if any. */
    public Optional<String> resolve(String urlPath) {
        String path = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (path.contains("..")) {
            return Optional.empty();
        }
        List<String> candidates = path.isEmpty() || path.endsWith("/") ? List.of(path + "index.html") : List.of(path, path + "/index.html");
        for (String candidate : candidates) {
            Path file = root.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The ids in a page, for checking {@code #anchors}. */
    public Set<String> ids(String page) {
        Set<String> ids = new HashSet<>();
        for (Element e : page(page).select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }
}
