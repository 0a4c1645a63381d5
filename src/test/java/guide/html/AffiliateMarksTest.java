package guide.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Readers see which links are affiliate links, and the disclosure only where there are some. */
class AffiliateMarksTest {
    private static final String DISCLOSURE = "<aside data-affiliate-disclosure>Ta strona zawiera linki afiliacyjne.</aside>";

    private static Document apply(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        AffiliateMarks.apply(doc, "link afiliacyjny");
        return doc;
    }

    @Test
    void anAffiliateLinkIsLabelledAndTheDisclosureStays() {
        Document doc = apply("<main>" + DISCLOSURE + "<p>Kup w <a href=\"https://shop.example/\" rel=\"Sponsored noopener\">sklepie</a>.</p></main>");
        assertEquals("Kup w <a href=\"https://shop.example/\" rel=\"Sponsored noopener\">sklepie</a> "
                + "<span class=\"affiliate-label\">(link afiliacyjny)</span>.", doc.selectFirst("p").html());
        assertNotNull(doc.selectFirst("[data-affiliate-disclosure]"));
    }

    @Test
    void aLinkIsLabelledOnceEvenIfThePassRunsAgain() {
        Document doc = apply("<main>" + DISCLOSURE + "<p><a href=\"/x\" rel=\"sponsored\">a</a><a href=\"/y\" rel=\"sponsored\">b</a></p></main>");
        AffiliateMarks.apply(doc, "link afiliacyjny");
        assertEquals("<a href=\"/x\" rel=\"sponsored\">a</a> <span class=\"affiliate-label\">(link afiliacyjny)</span>"
                + "<a href=\"/y\" rel=\"sponsored\">b</a> <span class=\"affiliate-label\">(link afiliacyjny)</span>", doc.selectFirst("p").html());
    }

    /** README says never to type the label; typed anyway, readers saw "(link afiliacyjny) (link afiliacyjny)". */
    @Test
    void aLabelTypedAfterTheLinkIsShownOnce() {
        Document doc = apply("<main>" + DISCLOSURE + "<p>Kup w <a href=\"https://shop.example/\" rel=\"sponsored\">sklepie</a> (Link afiliacyjny), "
                + "tanio. Albo <a href=\"https://shop.example/b\" rel=\"sponsored\">tu</a> (link afiliacyjny pana X).</p></main>");
        assertEquals("Kup w sklepie (link afiliacyjny), tanio. Albo tu (link afiliacyjny) (link afiliacyjny pana X).", doc.selectFirst("p").text());
    }

    @Test
    void withoutAffiliateLinksInTheMainContentTheDisclosureGoes() {
        assertNull(apply("<main>" + DISCLOSURE + "<p><a href=\"/x\" rel=\"noopener\">a</a> <a href=\"/y\" rel=\"unsponsored\">b</a></p></main>")
                .selectFirst("[data-affiliate-disclosure]"));
        Document footer = apply("<main>" + DISCLOSURE + "</main><footer><a href=\"/x\" rel=\"sponsored\">a</a></footer>");
        assertNull(footer.selectFirst("[data-affiliate-disclosure]"));
        assertNull(footer.selectFirst(".affiliate-label"), "only links of the main content are marked");
        assertNull(apply(DISCLOSURE + "<a href=\"/x\" rel=\"sponsored\">a</a>").selectFirst("[data-affiliate-disclosure]"), "a page without main");
    }

    /** The build hands the pass the links of the page's main as its one walk found them, before LinkAttributes marked any. */
    @Test
    void ofTheLinksHandedOverOnlyTheSponsoredAreLabelled() {
        Document doc = Jsoup.parse("<html><body><main>" + DISCLOSURE + "<p><a href=\"/x\">a</a> <a href=\"https://shop.example/\" rel=\"sponsored\">b</a></p>"
                + "</main></body></html>");
        AffiliateMarks.apply(doc.select("main a"), doc.select("[data-affiliate-disclosure]"), "link afiliacyjny");
        assertEquals("<a href=\"/x\">a</a> <a href=\"https://shop.example/\" rel=\"sponsored\">b</a> <span class=\"affiliate-label\">(link afiliacyjny)</span>",
                doc.selectFirst("p").html());
        assertNotNull(doc.selectFirst("[data-affiliate-disclosure]"));
    }

    /** An affiliate link in what an earlier pass took out of the page (the table of contents of a short page) is no longer on it. */
    @Test
    void aSponsoredLinkNoLongerOnThePageLeavesNoDisclosure() {
        Document doc = Jsoup.parse("<html><body><main>" + DISCLOSURE + "<nav><a href=\"https://shop.example/\" rel=\"sponsored\">b</a></nav>"
                + "</main></body></html>");
        List<Element> anchors = doc.select("main a");
        Element nav = doc.selectFirst("nav");
        nav.remove();
        AffiliateMarks.apply(anchors, doc.select("[data-affiliate-disclosure]"), "link afiliacyjny");
        assertNull(doc.selectFirst("[data-affiliate-disclosure]"));
        assertNull(nav.selectFirst(".affiliate-label"));
    }
}
