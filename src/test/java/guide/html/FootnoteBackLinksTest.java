package guide.html;

import guide.content.Markdown;
import guide.image.ImageCatalog;
import guide.image.ResponsiveImages;
import guide.site.SmallProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A note's "↩" cannot wrap away from the note's last word (only a no-break space, {@code &nbsp;}, stands between them), is
 * named in the page's language for screen readers, and a note cited twice has two links told apart; the notes have a heading.
 */
class FootnoteBackLinksTest {
    @TempDir
    Path dir;

    /** The footnote words of a language, as the build reads them from the language's interface words. */
    private FootnoteBackLinks.FootnoteWords words(String lang) {
        SmallProject project = SmallProject.in(dir);
        return PageLanguage.forSite(project.config(), project.ui()).apply(lang).footnotes();
    }

    private Document rendered(String markdown, String lang) {
        Document doc = Jsoup.parse("<html lang=\"" + lang + "\"><body><nav data-toc><ol></ol></nav><div data-prose>"
                + Markdown.toHtml(markdown) + "</div></body></html>");
        FootnoteBackLinks.apply(doc, words(lang));
        FootnoteBackLinks.heading(doc, words(lang));
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    @Test
    void theBackLinkFollowsTheNoteAfterANoBreakSpaceNamedInThePagesLanguage() {
        Document doc = rendered("VAT.[^ksef]\n\n[^ksef]: Przepisy ustawy o VAT w brzmieniu z 2025 r.\n", "pl");
        Element note = doc.selectFirst(".footnotes li");
        assertEquals("<p>Przepisy ustawy o VAT w brzmieniu z 2025 r.</p>&nbsp;<a href=\"#fnref-1\" class=\"footnote-backref\" "
                + "aria-label=\"Wróć do odsyłacza 1\">↩</a>", note.html().strip());
        Element english = rendered("VAT.[^a] Tax.[^b]\n\n[^a]: The VAT Act.\n\n[^b]: The tax code.\n", "en").select(".footnotes li").get(1);
        assertEquals("Back to reference 2", english.selectFirst("a.footnote-backref").attr("aria-label"));
    }

    @Test
    void aNoteCitedTwiceHasTwoBackLinksToldApartKeptTogether() {
        Document doc = rendered("Zaliczka[^z] i zadatek.[^z]\n\n[^z]: Art. 394 k.c.\n", "pl");
        assertEquals("<p>Art. 394 k.c.</p>&nbsp;<a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Wróć do odsyłacza 1, 1 z 2\">↩<sup>1</sup></a>&nbsp;"
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\" aria-label=\"Wróć do odsyłacza 1, 2 z 2\">↩<sup>2</sup></a>",
                doc.selectFirst(".footnotes li").html().strip());
        List<String> english = rendered("Deposit[^z] and advance.[^z]\n\n[^z]: Civil Code.\n", "en").select("a.footnote-backref").eachAttr("aria-label");
        assertEquals(List.of("Back to reference 1, 1 of 2", "Back to reference 1, 2 of 2"), english);
    }

    @Test
    void theNotesHaveAHeadingInThePagesLanguageOutsideTheTableOfContents() {
        Document doc = rendered("## Płatności\n\nVAT.[^ksef]\n\n## Koniec\n\nTak.\n\n[^ksef]: Ustawa o VAT.\n", "pl");
        Element notes = doc.selectFirst(".footnotes");
        assertEquals(List.of("hr", "h2", "ol"), notes.children().stream().map(Element::normalName).toList());
        assertEquals("Przypisy", notes.selectFirst("h2").text());
        assertEquals("Notes", rendered("VAT.[^a]\n\n[^a]: The VAT Act.\n", "en").selectFirst(".footnotes h2").text());
    }

    @Test
    void theTableOfContentsLeavesTheNotesHeadingOut() {
        SmallProject project = SmallProject.in(dir);
        HtmlPasses passes = new HtmlPasses(new AffiliateLinks(List.of()), "https://example.org", PageLanguage.forSite(project.config(), project.ui()),
                new ResponsiveImages(ImageCatalog.empty()));
        Document page = Jsoup.parse(passes.process("<!doctype html><html lang=\"pl\"><head><title>t</title></head><body><main><nav data-toc><ol></ol></nav>"
                + "<div data-prose data-content>" + Markdown.toHtml("## Płatności\n\nVAT.[^ksef]\n\n## Koniec\n\nTak.\n\n[^ksef]: Ustawa o VAT.\n")
                + "</div></main></body></html>").html());
        assertEquals(List.of("Płatności", "Koniec"), page.select("nav li a").eachText());
        assertEquals("Przypisy", page.selectFirst(".footnotes h2").text());
    }
}
