package guide.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staged output as checks see it: which files exist, and the facts of each page, and how a
 * root-relative URL maps to a file the way a static host serves it ({@code /pl/x/} is
 * {@code pl/x/index.html}).
 *
 * @param files every output file, relative, with {@code /} separators
 * @param pages facts of every HTML page, by relative path
 */
public record BuiltSite(Set<String> files, Map<String, PageFacts> pages) {

    public PageFacts facts(String page) {
        return pages.get(page);
    }

    /**
     * The file a root-relative path (without query or fragment) is served from, if any: its {@code %XX}
     * escapes decoded first, as hosts do ({@code /pl/a/my%20photo.png} is {@code pl/a/my photo.png}); none
     * for a malformed escape.
     */
    public Optional<String> resolve(String urlPath) {
        Optional<String> decoded = InternalUrls.decoded(urlPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get().startsWith("/") ? decoded.get().substring(1) : decoded.get();
        if (path.contains("..")) {
            return Optional.empty();
        }
        List<String> candidates = path.isEmpty() || path.endsWith("/") ? List.of(path + "index.html") : List.of(path, path + "/index.html");
        return candidates.stream().filter(files::contains).findFirst();
    }

    /** The ids of a page's sections, in order. */
    public List<String> sections(String page) {
        PageFacts facts = pages.get(page);
        return facts == null ? List.of() : facts.sections();
    }

    /** The ids in a page, for checking {@code #anchors}. */
    public Set<String> ids(String page) {
        PageFacts facts = pages.get(page);
        return facts == null ? Set.of() : facts.ids();
    }
}
