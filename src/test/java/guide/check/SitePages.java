package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A built site for the checks' unit tests, from a few pages of HTML written in the test and the
 * other files it has: what the build hands the checks, without building anything.
 */
final class SitePages {
    static final String SITE = "https://example.org";
    private final Map<String, String> html = new LinkedHashMap<>();
    private final Set<String> files = new HashSet<>();

    /** A page at {@code path} (e.g. {@code pl/a/index.html}). */
    SitePages page(String path, String pageHtml) {
        html.put(path, pageHtml);
        files.add(path);
        return this;
    }

    /** Files that are not pages (stylesheets, images). */
    SitePages files(String... paths) {
        files.addAll(List.of(paths));
        return this;
    }

    BuiltSite site() {
        Map<String, PageFacts> facts = new LinkedHashMap<>();
        html.forEach((path, text) -> facts.put(path, PageFacts.of(Jsoup.parse(text))));
        return new BuiltSite(Set.copyOf(files), facts);
    }

    /** The page parsed as the checks parse it to say where a problem is: with line positions. */
    Document parsed(String path) {
        return Jsoup.parse(html.get(path), "", Parser.htmlParser().setTrackPosition(true));
    }

    /** A locator that knows no Markdown sources: problems point at the built page in target/site. */
    static SourceLocator builtPagesOnly(Path project) {
        return new SourceLocator(project, project.resolve("target/site"), Map.of(), List.of());
    }
}
