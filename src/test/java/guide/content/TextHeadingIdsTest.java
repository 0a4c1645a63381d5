package guide.content;

import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The id flexmark's tools get for a heading's text, when they ask the generator without rendering a page (flexmark's
 * Markdown formatter does): the id a page gives a heading with that text.
 */
class TextHeadingIdsTest {
    @Test
    void theIdOfAHeadingsTextIsTheOneItsPageGivesIt() {
        HtmlIdGenerator ids = new TextHeadingIds.Factory().create();
        assertEquals("zacznij-od-zakresu", ids.getId("Zacznij od zakresu"));
        assertEquals("<h2 id=\"zacznij-od-zakresu\">Zacznij od zakresu</h2>\n", Markdown.toHtml("## Zacznij od zakresu"));
        assertEquals("krok-2-umowa", ids.getId("Krok 2: umowa"));
        assertEquals("<h2 id=\"krok-2-umowa\">Krok 2: umowa</h2>\n", Markdown.toHtml("## Krok 2: umowa"));
    }

    /**
     * An id an editor wrote on a heading in HTML, first thing in the text or in a sentence, stays that heading's: the Markdown
     * heading with the same text gets {@code -2}, so each heading's link leads to it.
     */
    @Test
    void anIdWrittenOnAHeadingInHtmlStaysThatHeadings() {
        assertEquals("<h2 id=\"zakres\">Zakres</h2>\n<h2 id=\"zakres-2\">Zakres</h2>\n",
                Markdown.toHtml("<h2 id=\"zakres\">Zakres</h2>\n\n## Zakres\n"));
        assertEquals("<p>Intro <h3 id=\"cena\">Cena</h3></p>\n<h2 id=\"cena-2\">Cena</h2>\n",
                Markdown.toHtml("Intro <h3 id=\"cena\">Cena</h3>\n\n## Cena\n"));
    }

    /**
     * A heading's tag an editor shows as code (how to write one, in a code span or a code block) is not a heading of the page:
     * its id is no one's, and the heading whose text gives that id keeps it, without {@code -2}.
     */
    @Test
    void aHeadingsTagShownAsCodeTakesNoId() {
        assertEquals("<p>Write <code>&lt;h2 id=&quot;zakres&quot;&gt;</code> for a link.</p>\n<h2 id=\"zakres\">Zakres</h2>\n",
                Markdown.toHtml("Write `<h2 id=\"zakres\">` for a link.\n\n## Zakres\n"));
        assertEquals("<pre><code>&lt;h2 id=&quot;cena&quot;&gt;Cena&lt;/h2&gt;\n</code></pre>\n<h2 id=\"cena\">Cena</h2>\n",
                Markdown.toHtml("```\n<h2 id=\"cena\">Cena</h2>\n```\n\n## Cena\n"), "in a code block too");
    }
}
