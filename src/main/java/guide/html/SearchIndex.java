package guide.html;

import org.json.simple.JSONValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects, per language, what the client-side search looks through: page titles, summaries and
 * section headings with their anchors; written as {@code /<lang>/search-index.json}.
 */
public final class SearchIndex {
    private final Map<String, List<Map<String, Object>>> entries = new TreeMap<>();

    /** Adds a page unless it asks not to be indexed (404, root). */
    public void add(Document doc) {
        Element marker = doc.selectFirst("meta[name=guide-search]");
        if (marker == null || !marker.attr("content").equals("index")) {
            return;
        }
        String lang = doc.selectFirst("html").attr("lang");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        Element h1 = doc.selectFirst("h1");
        Element description = doc.selectFirst("meta[name=description]");
        if (canonical == null || h1 == null) {
            return;
        }
        String url = canonical.attr("href").replaceFirst("^https?://[^/]+", "");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("t", h1.text());
        entry.put("u", url);
        entry.put("s", description == null ? "" : description.attr("content"));
        List<List<String>> headings = new ArrayList<>();
        for (Element h : doc.select("[data-prose] h2, [data-prose] h3")) {
            headings.add(List.of(h.text(), h.id()));
        }
        entry.put("h", headings);
        entries.computeIfAbsent(lang, l -> new ArrayList<>()).add(entry);
    }

    public void write(Path siteRoot) throws IOException {
        for (Map.Entry<String, List<Map<String, Object>>> e : entries.entrySet()) {
            Path file = siteRoot.resolve(e.getKey()).resolve("search-index.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSONValue.toJSONString(e.getValue()), StandardCharsets.UTF_8);
        }
    }
}
