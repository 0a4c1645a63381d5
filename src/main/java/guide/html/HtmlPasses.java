package guide.html;

import guide.check.PageFacts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Jsoup passes over one rendered page, in memory: heading anchors, table of contents, link
 * attributes; then what the site needs from the page (facts for checks, search entry).
 */
public final class HtmlPasses {
    private final LinkAttributes links;

    public HtmlPasses(AffiliateLinks affiliates, String siteUrl) {
        this.links = new LinkAttributes(affiliates, siteUrl);
    }

    /** The processed page. */
    public record Result(String html, PageFacts facts, Optional<SearchIndex.Entry> search) {
    }

    public Result process(String html) {
        Document doc = Jsoup.parse(html);
        HeadingAnchors.apply(doc);
        TableOfContents.apply(doc);
        links.apply(doc);
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return new Result(doc.outerHtml(), PageFacts.of(doc), SearchIndex.entry(doc));
    }
}
