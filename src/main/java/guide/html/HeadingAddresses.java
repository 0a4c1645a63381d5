package guide.html;

import guide.check.PageFacts;
import guide.content.DocumentType;
import guide.content.HeadingIds;
import guide.content.Markdown;
import guide.content.Slugs;
import guide.content.TemplateIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The ids and text a page's {@code ##} headings end with, as {@link HeadingAnchors} gives them on the built page, read from the
 * page's Markdown alone: so another page can link to a heading without an editor's {@code {#id}}, whose id is made from its
 * text in its page's language (an outdated translation's note links to such a section of its own and of its original). The
 * text is rendered as the page renders it, beside the ids the page's template has, and the headings given ids as the page's are.
 * An XLIFF import asks it for the ids a page will have ({@link #facts}), to refuse a link to a heading it will not have.
 */
public final class HeadingAddresses {

    /**
     * One {@code ##} heading of the text as its page shows it.
     *
     * @param id   its id on the page
     * @param text its text as readers see it
     */
    public record Address(String id, String text) {
    }

    private HeadingAddresses() {
    }

    /** The text's top-level {@code h2} headings, in order (a {@code ##} line, or an {@code <h2>} or an underlined heading written so). */
    public static List<Address> of(String markdown, DocumentType type, Slugs slugs) {
        return page(markdown, type, slugs).selectFirst("[data-prose]").select("> h2").stream().map(h -> new Address(h.id(), h.text())).toList();
    }

    /**
     * The ids the page will have, as the build's checks read them from the built page ({@link PageFacts}): those of its text, its
     * headings' as given here, and the template's fixed ones ({@link TemplateIds#fixed}); not those with a number or a name in
     * them ({@code fn-1}, a quiz's {@code q-…}), which {@link TemplateIds#usedBy} knows. Not for a quiz, whose text is its checklist.
     */
    public static PageFacts facts(String markdown, DocumentType type, Slugs slugs) {
        return PageFacts.of(page(markdown, type, slugs));
    }

    private static Document page(String markdown, DocumentType type, Slugs slugs) {
        Document doc = Jsoup.parse("");
        for (String id : TemplateIds.fixed(type)) {
            doc.body().appendElement("span").id(id);
        }
        Element prose = doc.body().appendElement("div").attr("data-prose", "");
        prose.append(Markdown.toHtml(markdown));
        HeadingAnchors.apply(doc, slugs, HeadingIds.ofSections(markdown));
        return doc;
    }
}
