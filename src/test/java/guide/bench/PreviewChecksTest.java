package guide.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the preview benchmark checks once an edited article is served, on pages as the guide writes them. */
class PreviewChecksTest {
    private static final CorpusGenerator.Article ARTICLE = new CorpusGenerator.Article(3, "when-and-how",
            "kiedy-i-jak-rozpoznac-klienta", "when-and-how", "Kiedy i jak rozpoznać klienta", "When and how to spot a client",
            LocalDate.of(2026, 11, 20), false);
    private static final String TRANSLATION = "<p class=\"translation-notice\"><a href=\"/pl/kiedy-i-jak-rozpoznac-klienta/\">";

    @Test
    void aTitleWhoseOneLetterWordIsBoundByANoBreakSpaceIsTheCurrentTitle() {
        // The guide's Polish typography writes "i&nbsp;jak": the page shows the title the editor typed.
        String page = "<h1>Kiedy i&nbsp;jak rozpoznać klienta – wydanie 2</h1>";
        String home = "<a href=\"/pl/kiedy-i-jak-rozpoznac-klienta/\">Kiedy i&nbsp;jak rozpoznać klienta – wydanie 2</a>";

        assertEquals(List.of(), PreviewChecks.problems(ARTICLE, page, Map.of("/pl/", home), TRANSLATION,
                "Kiedy i jak rozpoznać klienta – wydanie 2", "Kiedy i jak rozpoznać klienta"));
    }

    @Test
    void anArticleOrListingStillShowingTheOldTitleIsReported() {
        String page = "<h1>Kiedy i&nbsp;jak rozpoznać klienta</h1>";
        String home = "<a href=\"/pl/kiedy-i-jak-rozpoznac-klienta/\">Kiedy i&nbsp;jak rozpoznać klienta</a>";

        assertEquals(List.of("article lacks its new title", "/pl/ lacks the current title", "/pl/ still lists the old title",
                        "translation lacks the 'source changed' note"),
                PreviewChecks.problems(ARTICLE, page, Map.of("/pl/", home), "<p>no notice</p>",
                        "Kiedy i jak rozpoznać klienta – wydanie 2", "Kiedy i jak rozpoznać klienta"));
    }
}
