package guide.site;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test site's structured data as a search engine reads it: every page's JSON-LD parses, and
 * what it says of pictures and organisations is in the form schema.org gives and true of the site.
 */
class StructuredDataTest {
    private static final String HOST = "https://guide.test";
    static Path site;
    static Map<String, JSONObject> graphs = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException, ParseException {
        site = ProjectFixture.builtSite();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8));
                Element script = doc.selectFirst("script[type=application/ld+json]");
                if (script != null) {
                    graphs.put(site.relativize(p).toString().replace('\\', '/'), (JSONObject) new JSONParser().parse(script.data()));
                }
            }
        }
    }

    /**
     * schema.org's {@code width} and {@code height} take a QuantitativeValue or a Distance ("7 ft"), not a bare
     * number: the picture's size is a value in pixels (UN/CEFACT's E37), the size the published file has.
     */
    @Test
    void everyPictureGivesItsSizeInPixelsAsTheFileHasIt() throws IOException {
        assertFalse(graphs.isEmpty(), "no page has structured data");
        int pictures = 0;
        for (Map.Entry<String, JSONObject> page : graphs.entrySet()) {
            for (JSONObject image : nodes(page.getValue(), "ImageObject")) {
                String url = (String) image.get("url");
                assertTrue(url.startsWith(HOST + "/"), page.getKey() + ": " + url);
                BufferedImage file = ImageIO.read(site.resolve(url.substring(HOST.length() + 1)).toFile());
                assertEquals(pixels(file.getWidth()), image.get("width"), page.getKey());
                assertEquals(pixels(file.getHeight()), image.get("height"), page.getKey());
                pictures++;
            }
        }
        assertTrue(pictures > 1, "every article has a share picture");
    }

    /**
     * Every organisation names its address, as Google asks of an author ("a link to a web page that uniquely identifies the
     * author") and of an organisation: the editors ({@code url: about}) their about page in the page's language, the publisher
     * the site's root; each a page the site publishes.
     */
    @Test
    void everyOrganisationNamesAPageOfItsOwn() {
        Map<String, String> editors = new TreeMap<>();
        for (Map.Entry<String, JSONObject> page : graphs.entrySet()) {
            for (JSONObject org : nodes(page.getValue(), "Organization")) {
                String url = (String) org.get("url");
                assertTrue(url != null && url.startsWith(HOST + "/"), page.getKey() + ": " + org);
                assertTrue(Files.isRegularFile(site.resolve(url.substring(HOST.length() + 1)).resolve("index.html")), url);
                if (((String) org.get("@id")).endsWith("#author-redakcja")) {
                    editors.put(page.getKey().substring(0, 2), url);
                } else {
                    assertEquals(HOST + "/", url, page.getKey());
                }
            }
        }
        assertEquals(Map.of("pl", HOST + "/pl/o-przewodniku/", "en", HOST + "/en/about/"), editors);
    }

    private static Map<String, Object> pixels(long n) {
        return Map.of("@type", "QuantitativeValue", "value", n, "unitCode", "E37");
    }

    /** Every node of this type in a page's graph, the Article's image among them. */
    static List<JSONObject> nodes(JSONObject graph, String type) {
        List<JSONObject> found = new ArrayList<>();
        collect(graph, type, found);
        return found;
    }

    private static void collect(Object node, String type, List<JSONObject> found) {
        if (node instanceof JSONObject o) {
            if (type.equals(o.get("@type"))) {
                found.add(o);
            }
            o.values().forEach(v -> collect(v, type, found));
        } else if (node instanceof JSONArray a) {
            a.forEach(v -> collect(v, type, found));
        }
    }
}
