package guide.html;

import org.json.simple.JSONValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the client-side search looks through, per language: page titles, summaries and section
 * headings with their anchors; written as {@code /<lang>/search-index.json}.
 */
public final class SearchIndex {

    /** One page's entry. */
    public record Entry(String lang, Map<String, Object> fields) implements java.io.Serializable {
    }

    private SearchIndex() {
    }

    /** The page's entry, unless it asks not to be indexed (404, root). */
    public static Optional<Entry> entry(Document doc) {
        Element marker = doc.selectFirst("meta[name=guide-search]");
        if (marker == null || !marker.attr("content").equals("index")) {
            return Optional.empty();
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        Element h1 = doc.selectFirst("h1");
        Element description = doc.selectFirst("meta[name=description]");
        if (canonical == null || h1 == null) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("t", h1.text());
        fields.put("u", canonical.attr("href").replaceFirst("^https?://[^/]+", ""));
        fields.put("s", description == null ? "" : description.attr("content"));
        List<List<String>> headings = new ArrayList<>();
        for (Element h : doc.select("[data-prose] h2, [data-prose] h3")) {
            headings.add(List.of(h.text(), h.id()));
        }
        fields.put("h", headings);
        return Optional.of(new Entry(doc.selectFirst("html").attr("lang"), fields));
    }

    /** Writes one index per language, entries in the order given; returns the files written. */
    public static List<String> write(Path siteRoot, Collection<Entry> entries) throws IOException {
        Map<String, List<Map<String, Object>>> byLang = new TreeMap<>();
        entries.forEach(e -> byLang.computeIfAbsent(e.lang(), l -> new ArrayList<>()).add(e.fields()));
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : byLang.entrySet()) {
            String relative = e.getKey() + "/search-index.json";
            Path file = siteRoot.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSONValue.toJSONString(e.getValue()), StandardCharsets.UTF_8);
            written.add(relative);
        }
        return written;
    }
}
