package guide.html;

import guide.check.ContentHtml;
import guide.check.LegalCitations;
import guide.check.PageFacts;
import guide.check.PageLinks;
import guide.content.Slugs;
import guide.image.ImageCatalog;
import guide.image.ResponsiveImages;
import guide.search.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Jsoup passes over one rendered page, in memory: first the content allowlist (on the HTML as
 * rendered), then text alignment as classes, footnote numbering and back links, heading anchors, table of contents, the
 * markers of sections behind their source, link attributes, the addresses links print with, content images (copies, sizes, lazy
 * loading), affiliate labels and disclosure, the language's typography, the legal-citation check;
 * then what the site needs from the page (facts and links for the checks, its text for search).
 */
public final class HtmlPasses {
    private final LinkAttributes links;
    private final PrintedAddresses printed;
    private final String baseUri;
    private final Function<String, PageLanguage> languages;
    private final ResponsiveImages images;

    /**
     * @param languages the settings of a page's language, by the code in its {@code <html lang>}
     * @param images    the pass that points content images at their copies, with sizes and lazy loading
     */
    public HtmlPasses(AffiliateLinks affiliates, String siteUrl, Function<String, PageLanguage> languages, ResponsiveImages images) {
        this.links = new LinkAttributes(affiliates, siteUrl);
        this.printed = new PrintedAddresses(siteUrl);
        this.baseUri = siteUrl + "/";
        this.languages = languages;
        this.images = images;
    }

    /**
     * The processed page.
     *
     * @param unsafe what the page's content holds that the content allowlist does not allow
     * @param legal  legal statements without their basis or legal status date ({@link LegalCitations})
     */
    public record Result(String html, PageFacts facts, PageLinks links, Optional<PageText> search, List<ContentHtml.Finding> unsafe,
                         List<LegalCitations.Finding> legal) {
    }

    /**
     * Runs the passes once over a small page, so that a fresh JVM loads and links jsoup and the
     * passes off the critical path (see {@code guide.build.RendererWarmUp}); the result is thrown away.
     */
    public static void warmUp() {
        PageLanguage plain = new PageLanguage(Slugs.DEFAULT, null, "affiliate link", null);
        new HtmlPasses(new AffiliateLinks(List.of()), "https://example.invalid", lang -> plain, new ResponsiveImages(ImageCatalog.empty())).process("""
                <!doctype html><html lang="en"><head><title>t</title></head><body><main><article><div data-prose data-content>
                <h2 id="a">A</h2><p>Text with <a href="/en/x/">a link</a> and <a href="https://example.org/">one out</a>.</p>
                <h3>B</h3><ul><li>item</li></ul><table><tr><td>c</td></tr></table></div></article></main></body></html>""");
    }

    public Result process(String html) {
        return process(html, List.of(), Set.of());
    }

    /**
     * @param markers   the sections of an outdated translation to mark in place ({@link SectionMarkers})
     * @param editorIds the ids editors wrote on the headings of the page's text, which those headings keep ({@link HeadingAnchors})
     */
    public Result process(String html, List<SectionMarkers.Marker> markers, Set<String> editorIds) {
        // The site's address as base URI: relative links then count as the site's own for the allowlist.
        Document doc = Jsoup.parse(html, baseUri);
        // One walk finds what the passes below work on; the allowlist then takes the templates' content markers off.
        PageCensus census = PageCensus.of(doc);
        List<ContentHtml.Finding> unsafe = ContentHtml.check(census.content());
        Element root = census.root();
        PageLanguage language = languages.apply(root == null ? "" : root.attr("lang"));
        TextAlignment.apply(census.aligned());
        FootnoteOrder.apply(doc, census.footnoteRefs());
        if (census.footnotes() != null) {
            // Without a .footnotes element there are no notes to give back links.
            FootnoteBackLinks.apply(doc, language.footnotes());
        }
        if (census.prose() != null) {
            HeadingAnchors.apply(census.prose(), census.withId(), language.slugs(), editorIds);
        }
        if (census.tableOfContents() != null) {
            TableOfContents.apply(census.tableOfContents(), census.prose());
        }
        FootnoteBackLinks.heading(doc, census.footnotes(), census.footnoteRefs(), language.footnotes());
        SectionMarkers.apply(doc, markers);
        linkPasses(doc, census, markers.isEmpty());
        images.apply(census.images().stream().filter(img -> img.ownerDocument() != null).toList());
        AffiliateMarks.apply(census.anchorsInMain(), census.disclosures(), language.affiliateLabel());
        if (language.typography() != null) {
            language.typography().apply(doc);
        }
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        List<LegalCitations.Finding> legal = language.legal() == null ? List.of() : language.legal().check(doc);
        return new Result(doc.outerHtml(), PageFacts.of(doc), PageLinks.of(doc), SearchableText.of(doc), unsafe, legal);
    }

    /**
     * Link attributes and print addresses, on the links the census found: the passes before add
     * only links within the page ({@code #id}, the table of contents'), which neither changes, and
     * the section notes' links to the original, for which the links are selected again.
     */
    private void linkPasses(Document doc, PageCensus census, boolean noSectionNotes) {
        if (noSectionNotes) {
            links.apply(census.links());
            printed.applyToLinks(census.contentLinks());
        } else {
            links.apply(doc);
            printed.apply(census.content());
        }
    }
}
