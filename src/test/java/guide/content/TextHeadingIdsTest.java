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
}
