package guide.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forwarding page at a renamed page's old address shows the page's title as written, whatever characters it holds. */
class ForwardingPageTest {
    @Test
    void theTitleIsShownAsWrittenInTheTabAndTheLink() {
        // Markup in a title shows as text only if escaped: unescaped, "</title>" would end the tab's title early and
        // "<b>" would become an element of the link, and the script would be one of the page's.
        String title = "Fees & \"rates\" <b>2026</b></title><script>alert(1)</script>: what's fair";
        Document page = Jsoup.parse(new MovedPage("/en/fees/", "/en/rates/", "en", title, "https://guide.test/en/rates/?a=1&b=2").html());
        assertEquals(title, page.title());
        assertEquals(title, page.selectFirst("a[href=/en/rates/]").text());
        assertEquals(0, page.select("script, b").size(), "the title's markup is text, not elements");
        assertEquals("https://guide.test/en/rates/?a=1&b=2", page.selectFirst("link[rel=canonical]").attr("href"));
    }
}
