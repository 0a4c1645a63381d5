package guide.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The index files' JSON, which the browser parses: a page's title or text with quotes, backslashes or line breaks must come
 * out escaped (or the whole shard fails to parse and search finds nothing), Polish letters as they are.
 */
class JsonWriterTest {
    private static String json(Object value) {
        return new String(JsonWriter.bytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void mapsKeepTheirOrderAndListsAreCommaSeparated() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("u", "/pl/faktura/");
        map.put("n", 3);
        map.put("big", 5_000_000_000L);
        map.put("i", List.of(1, 2, 3));
        map.put("e", List.of());
        map.put("m", Map.of());
        assertEquals("{\"u\":\"/pl/faktura/\",\"n\":3,\"big\":5000000000,\"i\":[1,2,3],\"e\":[],\"m\":{}}", json(map));
    }

    @Test
    void whatJsonRequiresIsEscapedAndNothingElse() {
        assertEquals("\"Żółć, café i „cudzysłów”\"", json("Żółć, café i „cudzysłów”"), "UTF-8 as it is");
        assertEquals("\"a \\\"cytat\\\" i \\\\ ukośnik\"", json("a \"cytat\" i \\ ukośnik"));
        assertEquals("\"wiersz\\npierwszy\\tdrugi\\rtrzeci\"", json("wiersz\npierwszy\tdrugi\rtrzeci"));
        assertEquals("\"\\u0000\\u001f \"", json("\u0000\u001f "), "control characters below the space; the space as it is");
        assertEquals("\"a\\u2028b\\u2029c\"", json("a\u2028b\u2029c"), "JavaScript's line separators");
        assertEquals("\"\\\"\"", json("\""));
        assertEquals("\"\\\\\"", json("\\"));
        assertEquals("\"x\\u2028\"", json("x\u2028"));
        assertEquals("\"x\\u2029\"", json("x\u2029"));
        assertEquals("\"~\\u001f\"", json("~\u001f"));
        assertEquals("\"\\u0000\"", json("\u0000"), "a string of one character to escape");
        assertEquals("\"\\u2028\"", json("\u2028"));
        assertEquals("\"\\u2029\"", json("\u2029"));
    }

    @Test
    void anythingElseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonWriter.bytes(List.of(1.5)));
        assertEquals("not an index value: 1.5", e.getMessage());
    }
}
