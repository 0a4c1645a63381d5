package guide.html;

import guide.image.ImageCatalog;
import guide.image.ResponsiveImages;
import guide.content.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** On paper a link is only its words: the links of an editor's text carry the full address the print style sheet shows. */
class PrintedAddressesTest {
    private static final String SITE = "https://przewodnik-freelancera.example";

    private static Document process(String content) {
        PageLanguage plain = new PageLanguage(Slugs.DEFAULT, null, "affiliate link", null);
        HtmlPasses passes = new HtmlPasses(new AffiliateLinks(List.of()), SITE, lang -> plain, new ResponsiveImages(ImageCatalog.empty()));
        String html = passes.process("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main>"
                + "<p><a href=\"/en/about/\">About, in the template</a></p><div data-content>" + content + "</div></main></body></html>").html();
        return Jsoup.parse(html);
    }

    private static String printed(Document doc, String text) {
        return doc.selectFirst("a:containsOwn(" + text + ")").attr(PrintedAddresses.ATTRIBUTE);
    }

    @Test
    void aLinkToAnotherPageOfTheSitePrintsTheSitesAddressWithIt() {
        Document doc = process("<p><a href=\"/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/#step-1-decide\">Krok 1</a></p>");
        assertEquals(SITE + "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/#step-1-decide", printed(doc, "Krok 1"));
    }

    @Test
    void aLinkToAnotherSitePrintsItsAddress() {
        assertEquals("https://eur-lex.europa.eu/eli/dir/2011/7/oj", printed(process("<p><a href=\"https://eur-lex.europa.eu/eli/dir/2011/7/oj\">the directive</a></p>"), "the directive"));
    }

    @Test
    void linksWithinThePageToAMailboxOrWrittenAsTheirAddressAndTheTemplatesOwnPrintNone() {
        Document doc = process("<p><a href=\"#fn-1\">1</a> <a href=\"mailto:redakcja@example.org\">write</a> <a href=\"https://example.org/\">https://example.org/</a>"
                + " <a href=\"https://example.org/a\">example.org/a</a> <a href=\"//cdn.example.org/x\">protocol-relative</a></p>");
        assertEquals(List.of(), doc.select("[" + PrintedAddresses.ATTRIBUTE + "]").eachText());
    }
}
