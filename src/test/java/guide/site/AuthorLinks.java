package guide.site;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a built article sends readers and search engines for its author: the author box's link on the name, and the
 * {@code url} of the author's node in the page's JSON-LD.
 */
public record AuthorLinks(String boxLink, String structuredUrl) {

    /** The article's own author's links (its author box {@code #author}); null for each one the page does not give. */
    public static AuthorLinks of(Path page) throws IOException {
        return of(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)));
    }

    public static AuthorLinks of(Document page) {
        Element link = page.selectFirst("#author .author-name a");
        Element script = page.selectFirst("script[type=application/ld+json]");
        try {
            JSONObject graph = (JSONObject) new JSONParser().parse(script.data());
            JSONObject article = node(graph, "Article").orElseThrow();
            Object authorId = ((JSONObject) article.get("author")).get("@id");
            JSONObject author = nodes(graph).stream()
                    .filter(n -> authorId.equals(n.get("@id")) && n.containsKey("name")).findFirst().orElseThrow();
            return new AuthorLinks(link == null ? null : link.attr("href"), (String) author.get("url"));
        } catch (ParseException e) {
            throw new AssertionError("structured data does not parse: " + e, e);
        }
    }

    private static Optional<JSONObject> node(JSONObject graph, String type) {
        return nodes(graph).stream().filter(n -> type.equals(n.get("@type"))).findFirst();
    }

    private static List<JSONObject> nodes(JSONObject graph) {
        List<JSONObject> nodes = new ArrayList<>();
        for (Object n : (JSONArray) graph.get("@graph")) {
            nodes.add((JSONObject) n);
        }
        return nodes;
    }
}
