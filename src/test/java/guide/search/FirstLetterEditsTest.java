package guide.search;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forms the pages use, filed by their letters after the first, with how many pages their key is on. */
class FirstLetterEditsTest {
    @Test
    void formsAreFiledByTheirLettersAfterTheFirst() {
        Map<String, int[]> pages = Map.of("client", new int[] {1, 2, 3}, "lie", new int[] {4}, "fee", new int[] {5});
        Map<String, Set<String>> occurring = Map.of("client", Set.of("client", "clients"), "lie", Set.of("lie"),
                "fee", Set.of("fees"), "unused", Set.of("unusedform"));
        Map<String, Map<String, Object>> files = FirstLetterEdits.files(pages, occurring, 24_000);
        // "lie" and "fees" are too short to be corrected for a first-letter typo; "unusedform" has no postings
        assertEquals(Map.of("l", Map.of("f", Map.of("client", 3, "clients", 3))), files);
    }

    @Test
    void aHeavyPrefixIsSplitByItsNextLetter() {
        Map<String, int[]> pages = Map.of("k", new int[] {1});
        Map<String, Set<String>> occurring = Map.of("k", Set.of("client", "plenty", "alight"));
        assertEquals(Set.of("le", "li"), FirstLetterEdits.files(pages, occurring, 30).keySet());
    }
}
