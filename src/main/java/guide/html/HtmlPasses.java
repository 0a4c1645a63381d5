package guide.html;

import guide.check.PageFacts;
import guide.check.PageLinks;
import guide.search.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Jsoup passes over one rendered page, in memory: heading anchors, table of contents, link
 * attributes; then what the site needs from the page (facts for checks, its text for search).
 */
public final class HtmlPasses {
    private final LinkAttributes links;

    public HtmlPasses(AffiliateLinks affiliates, String siteUrl) {
        this.links = new LinkAttributes(affiliates, siteUrl);
    }

    /** The processed page. */
    public record Result(String html, PageFacts facts, PageLinks links, Optional<PageText> search) {
    }

    /**
     * Runs the passes once over a small page, so that a fresh JVM loads and links jsoup and the
     * passes off the critical path (see {@code SiteBuilder}); the result is thrown away.
     */
    public static void warmUp() {
        new HtmlPasses(new AffiliateLinks(java.util.List.of()), "https://example.invalid").process("""
                <!doctype html><html lang="en"><head><title>t</title></head><body><main><article>
                <h2 id="a">A</h2><p>Text with <a href="/en/x/">a link</a> and <a href="https://example.org/">one out</a>.</p>
                <h3>B</h3><ul><li>item</li></ul><table><tr><td>c</td></tr></table></article></main></body></html>""");
    }

    public Result process(String html) {
        Document doc = Jsoup.parse(html);
        HeadingAnchors.apply(doc);
        TableOfContents.apply(doc);
        links.apply(doc);
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return new Result(doc.outerHtml(), PageFacts.of(doc), PageLinks.of(doc), SearchableText.of(doc));
    }
}
