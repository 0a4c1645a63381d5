package guide.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forwarding page at a renamed page's old address shows the page's title as written, whatever characters it holds. */
class ForwardingPageTest {
    @Test
    void theTitleIsShownAsWrittenInTheTabAndTheLink() {
        String title = "Fees & \"rates\" <2026>: what's fair";
        Document page = Jsoup.parse(new MovedPage("/en/fees/", "/en/rates/", "en", title, "https://guide.test/en/rates/?a=1&b=2").html());
        assertEquals(title, page.title());
        assertEquals(title, page.selectFirst("a[href=/en/rates/]").text());
        assertEquals("https://guide.test/en/rates/?a=1&b=2", page.selectFirst("link[rel=canonical]").attr("href"));
    }
}
