package guide.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forwarding page at a renamed page's old address shows the page's title as written, whatever characters it holds. */
class ForwardingPageTest {
    @Test
    void theTitleIsShownAsWrittenInTheTabAndTheLink() {
        // Markup in a title shows as text only if escaped: unescaped, "</title>" would end the tab's title early and
        // "<b>" would become an element of the link, and the script would be one of the page's.
        String title = "Fees & \"rates\" <b>2026</b></title><script>alert(1)</script>: what's fair";
        Document page = Jsoup.parse(new MovedPage("/en/fees/", "/en/rates/", "en", title, "https://guide.test/en/rates/?a=1&b=2", null).html());
        assertEquals(title, page.title());
        assertEquals(title, page.selectFirst("a[href=/en/rates/]").text());
        assertEquals(0, page.select("script, b").size(), "the title's markup is text, not elements");
        assertEquals("https://guide.test/en/rates/?a=1&b=2", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page.select("meta[property^=og:]").isEmpty(), "no preview given, none made up");
    }

    /** A link to the old address shared in a chat shows the page: its preview's words as written, its new address. */
    @Test
    void thePreviewIsThePagesWithItsWordsAsWritten() {
        String title = "Fees & \"rates\"";
        String description = "What's \"fair\" <b>& what</b> isn't";
        LinkPreview preview = new LinkPreview("article", description, "The Guide", "en_GB", "https://guide.test/en/rates/card.png?v=1&w=2",
                1200, 630, "Card: \"Fees\"");
        Document page = Jsoup.parse(new MovedPage("/en/fees/", "/en/rates/", "en", title, "https://guide.test/en/rates/", preview).html());
        Map<String, String> tags = new LinkedHashMap<>();
        page.select("meta[property], meta[name]").forEach(m -> tags.put(m.hasAttr("property") ? m.attr("property") : m.attr("name"), m.attr("content")));
        assertEquals(Map.of("og:type", "article", "og:title", title, "og:description", description, "og:url", "https://guide.test/en/rates/",
                "og:site_name", "The Guide", "og:locale", "en_GB", "og:image", "https://guide.test/en/rates/card.png?v=1&w=2",
                "og:image:width", "1200", "og:image:height", "630", "og:image:alt", "Card: \"Fees\""), without(tags, "twitter:"));
        assertEquals("summary_large_image", tags.get("twitter:card"));
        assertEquals("Card: \"Fees\"", tags.get("twitter:image:alt"));
        assertTrue(page.select("meta[name=robots]").isEmpty(), "a redirect to an indexed page, not a page kept out of search");
    }

    private static Map<String, String> without(Map<String, String> tags, String prefix) {
        Map<String, String> kept = new LinkedHashMap<>(tags);
        kept.keySet().removeIf(k -> k.startsWith(prefix));
        return kept;
    }
}
