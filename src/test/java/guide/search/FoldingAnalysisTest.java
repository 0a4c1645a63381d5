package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A language with neither dictionary nor stemmer (Ukrainian): a reader finds a word by typing it, with or without capitals. */
class FoldingAnalysisTest {
    @Test
    void eachWordIsItsOwnKeyFoldedAndTheFormToTypeForIt() {
        LanguageAnalysis uk = LanguageAnalysis.forLanguage("uk");
        assertSame(FoldingAnalysis.INSTANCE, uk);
        assertEquals(List.of("рахунок"), uk.keys("Рахунок"));
        assertEquals(Map.of("рахунок", Set.of("рахунок"), "рахунки", Set.of("рахунки")),
                uk.typedForms(List.of("Рахунок", "рахунки", "рахунок")));
        assertEquals(Set.of(), uk.stopWords());
    }
}
