package guide.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one walk of {@link PageCensus} finds, in document order, what each pass's own jsoup selector
 * found before it: the same elements, so that the passes change the page as they did.
 */
class PageCensusTest {
    /** A page with each kind of element the census looks for, and near misses of each. */
    private static final String PAGE = """
            <!doctype html><html lang="pl"><head><title>t</title><link rel="canonical" href="https://x.example/pl/a/"></head>
            <body><header><a href="/pl/">Start</a><a name="top">no href</a><nav class="menu"><a href="/en/">EN</a></nav>
            <div style="color: red" id="banner">b</div></header>
            <main id="main"><nav class="toc" data-toc><h2 id="toc-title">Spis</h2><ol></ol></nav>
            <article><div data-prose data-content><h2 id="a">A</h2>
            <p style="text-align: center">Tekst <a href="https://example.org/" rel="sponsored">FreshBooks</a>
            <sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup><sup><a class="footnote-ref" href="#FN-2">2</a></sup>
            <a class="footnote-ref" href="/fn-3">3</a><a class="footnote-backref" href="#fnref-1">↩</a><a>no href</a></p>
            <section data-content><p>Nested <a href="/pl/b/">b</a></p></section>
            <table><tr><th align="right">H</th><td style="text-align:left">1</td><td>2</td><td align="left">3</td></tr></table>
            <img src="/img/a.png" alt="a"><img alt="no src"><span style="x">s</span>
            <div class="footnotes"><ol><li id="fn-1">Note</li></ol></div><div class="Footnotes">second</div></div>
            <div data-prose>second prose</div></article>
            <p data-affiliate-disclosure>Disclosure</p></main>
            <main><a href="/pl/c/">second main</a></main>
            <footer data-content><a href="/pl/o/">O</a><img src="/img/b.png" alt="b"></footer>
            <nav data-toc>second</nav><p data-affiliate-disclosure>second disclosure</p></body></html>""";

    private static List<Element> select(Document doc, String query) {
        return doc.select(query);
    }

    @Test
    void findsWhatEachPassSelectedInDocumentOrder() {
        Document doc = Jsoup.parse(PAGE);
        PageCensus census = PageCensus.of(doc);
        assertEquals(select(doc, "[data-content]"), census.content());
        assertEquals(select(doc, "[id]"), census.withId());
        assertEquals(select(doc, "p[style], div[style], td[style], th[style], td[align], th[align]"), census.aligned());
        assertEquals(select(doc, "a.footnote-ref[href^=#fn-]"), census.footnoteRefs());
        assertEquals(select(doc, "a[href]"), census.links());
        assertEquals(select(doc, "img[src]"), census.images());
        assertEquals(select(doc, "[data-affiliate-disclosure]"), census.disclosures());
        assertSame(doc.selectFirst("html"), census.root());
        assertSame(doc.selectFirst("[data-prose]"), census.prose());
        assertSame(doc.selectFirst("nav[data-toc]"), census.tableOfContents());
        assertSame(doc.selectFirst(".footnotes"), census.footnotes());
        assertSame(doc.selectFirst("main"), census.main());
    }

    @Test
    void findsTheLinksOfEditorsTextOnceEachAndTheAnchorsOfTheFirstMain() {
        Document doc = Jsoup.parse(PAGE);
        PageCensus census = PageCensus.of(doc);
        // Each container's own links, as PrintedAddresses selected them, without the nested container's twice.
        LinkedHashSet<Element> inContent = new LinkedHashSet<>();
        doc.select("[data-content]").forEach(container -> inContent.addAll(container.select("a[href]")));
        assertEquals(List.copyOf(inContent), census.contentLinks());
        assertEquals(doc.selectFirst("main").select("a"), census.anchorsInMain());
        assertTrue(census.contentLinks().stream().noneMatch(a -> a.text().equals("Start")), "a header link is not an editor's");
    }

    @Test
    void aPageWithoutAnyOfItFindsNothing() {
        PageCensus census = PageCensus.of(Jsoup.parse("<p>Only <b>text</b></p>"));
        assertNull(census.prose());
        assertNull(census.tableOfContents());
        assertNull(census.footnotes());
        assertNull(census.main());
        assertTrue(census.content().isEmpty() && census.withId().isEmpty() && census.aligned().isEmpty() && census.footnoteRefs().isEmpty()
                && census.links().isEmpty() && census.contentLinks().isEmpty() && census.anchorsInMain().isEmpty() && census.images().isEmpty()
                && census.disclosures().isEmpty());
    }
}
