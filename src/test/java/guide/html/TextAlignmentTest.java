package guide.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The alignment an editor writes reaches the page as a class, never as an attribute the CSP or the stylesheet overrides. */
class TextAlignmentTest {

    private static String apply(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        TextAlignment.apply(doc);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    @Test
    void aMarkdownTablesColumnAlignmentBecomesAClass() {
        assertEquals("<table><tbody><tr><th class=\"align-right\">Godziny</th><td class=\"align-center\">10</td><td>x</td></tr></tbody></table>",
                apply("<table><tr><th align=\"right\">Godziny</th><td align=\"Center\">10</td><td>x</td></tr></table>"));
    }

    @Test
    void aStyleWithTextAlignBecomesAClass() {
        assertEquals("<p class=\"align-center\">Środek</p><div class=\"align-justify\">Tekst</div><table><tbody><tr><td class=\"align-right\">1</td></tr></tbody></table>",
                apply("<p style=\"text-align: center\">Środek</p><div style=\"TEXT-ALIGN:justify;\">Tekst</div><table><tr><td style=\"text-align:right\" align=\"left\">1</td></tr></table>"));
    }

    @Test
    void anythingElseIsLeftForTheAllowlistToReport() {
        assertEquals("<p style=\"color: red\">x</p><table><tbody><tr><td align=\"middle\">y</td></tr></tbody></table>",
                apply("<p style=\"color: red\">x</p><table><tr><td align=\"middle\">y</td></tr></table>"));
    }
}
