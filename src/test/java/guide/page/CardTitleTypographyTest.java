package guide.page;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.image.CardRenderer;
import guide.image.CardStyle;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A social card breaks its title by the same rule as the page's heading: the language's typography.
 * Polish keeps a one-letter word ("w") with the next word, so no card line ends with it; English has
 * no such rule, so its card may end a line with "a", as the page may, when that balances the lines.
 */
class CardTitleTypographyTest {
    @TempDir
    Path dir;

    @Test
    void anEnglishCardMayEndALineWithAAndAPolishOneNeverWithW() {
        SmallProject project = SmallProject.in(dir).properties("site.language.pl.typography=single-letter-words,numbers\n");
        ContentDocument pl = TestDocument.article("pl", "praca-w-weekend").title("Ile kosztuje praca w weekend dla klienta").key("weekend").build();
        ContentDocument en = TestDocument.article("en", "discount").title("What to say when a client asks for a discount").key("discount").build();
        List<ContentDocument> published = List.of(pl, en);
        var config = project.config();
        PageModels models = new PageModels(config, published, new TranslationIndex(config.languages(), published), project.authors(), project.ui(),
                Map.of(), TranslationReport.of(config.languages(), config.defaultLanguage(), published, false), new CardMemo(), Map.of());
        CardRenderer renderer = new CardRenderer(CardStyle.DEFAULT);

        // With every one-letter word kept with the next, this card read "What to say when a client / asks for a discount".
        assertEquals(List.of("What to say when a", "client asks for a discount"), cardLines(renderer, models.forDocument(en)));
        // Without the Polish rule, this one would read "Ile kosztuje praca w / weekend dla klienta".
        assertEquals(List.of("Ile kosztuje praca", "w\u00a0weekend dla klienta"), cardLines(renderer, models.forDocument(pl)));
    }

    private static List<String> cardLines(CardRenderer renderer, PageModel model) {
        return renderer.titleLines(model.socialImage().card().title()).lines();
    }
}
