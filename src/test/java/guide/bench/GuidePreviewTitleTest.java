package guide.bench;

import guide.check.LongTitles;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview benchmark's title edits keep the article's title within the build's long-title limit: a warning during the
 * measurement would be a build unlike an editor's, and its console lines more than the benchmark reads.
 */
class GuidePreviewTitleTest {
    private static final List<String> AUTHORS = List.of("jitendra-vaswani", "redakcja");

    /** {@code bench/run 8} edits the newest of 8 articles, titled with 93 characters: " – wydanie 4" made it 105. */
    @Test
    void theNewestOfEightArticlesEditedStaysWithinTheLimit() {
        ArticlePlan newest = ArticlePlan.all(8, AUTHORS, new Random(CorpusGenerator.SEED)).stream()
                .max(Comparator.comparing((ArticlePlan p) -> p.date)).orElseThrow();
        String edited = GuidePreview.editedTitle(newest.plTitle, 4);
        assertTrue(length(edited) <= LongTitles.LIMIT, length(edited) + " characters: " + edited);
        assertTrue(edited.endsWith(" – wydanie 4"), edited);
        assertTrue(newest.plTitle.startsWith(edited.substring(0, edited.length() - " – wydanie 4".length())), edited);
    }

    @Test
    void everyTitleOfAThousandArticlesEditedStaysWithinTheLimitAndChanges() {
        for (ArticlePlan plan : ArticlePlan.all(1000, AUTHORS, new Random(CorpusGenerator.SEED))) {
            String second = GuidePreview.editedTitle(plan.plTitle, 2);
            String fourth = GuidePreview.editedTitle(plan.plTitle, 4);
            for (String edited : List.of(second, fourth)) {
                assertTrue(length(edited) <= LongTitles.LIMIT, length(edited) + " characters: " + edited);
                assertNotEquals(plan.plTitle, edited);
            }
            assertNotEquals(second, fourth, plan.plTitle);
        }
    }

    /** A title with room keeps all its words. */
    @Test
    void aShortTitleKeepsItsWords() {
        assertEquals("Jak wycenić projekt – wydanie 2", GuidePreview.editedTitle("Jak wycenić projekt", 2));
    }

    private static int length(String title) {
        return title.codePointCount(0, title.length());
    }
}
