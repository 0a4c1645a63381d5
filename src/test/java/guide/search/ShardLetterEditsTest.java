package guide.search;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forms the pages use, filed under themselves and with one of the letters that chose their shard left out, with how
 * many pages their key is on.
 */
class ShardLetterEditsTest {
    @Test
    void aFormIsFiledUnderItselfAndWithEachLetterOfItsShardsPrefixLeftOut() {
        assertEquals(Set.of("klient", "lient", "kient"), ShardLetterEdits.filedUnder("klient", 2));
        assertEquals(Set.of("client", "lient"), ShardLetterEdits.filedUnder("client", 1));
        assertEquals(Set.of("nieoplacone", "ieoplacone", "neoplacone", "nioplacone", "nieplacone"),
                ShardLetterEdits.filedUnder("nieoplacone", 4));
        // a letter left out where two are the same is one string
        assertEquals(Set.of("kllient", "llient", "klient"), ShardLetterEdits.filedUnder("kllient", 3));
        // four letters: only a letter added to it is corrected (a five-letter word), so it is filed under itself alone
        assertEquals(Set.of("tree"), ShardLetterEdits.filedUnder("tree", 1));
        // a prefix as long as the form (a split one's own string)
        assertEquals(Set.of("przyj", "rzyj", "pzyj", "pryj", "przj", "przy"), ShardLetterEdits.filedUnder("przyj", 8));
    }

    @Test
    void formsAreFiledByTheLettersOfTheirShard() {
        Map<String, int[]> pages = Map.of("client", new int[] {1, 2, 3}, "lie", new int[] {4}, "fee", new int[] {5},
                "klient", new int[] {6, 7}, "year", new int[] {8});
        Map<String, Set<String>> occurring = Map.of("client", Set.of("client", "clients"), "lie", Set.of("lie"),
                "fee", Set.of("fees"), "unused", Set.of("unusedform"), "klient", Set.of("klient"), "year", Set.of("2026"));
        Map<String, Map<String, Object>> files = ShardLetterEdits.files(pages, occurring, new TreeSet<>(Set.of("c", "f", "ki", "kl", "l")), 24_000);
        // "lie" is too short to be corrected to; "unusedform" has no postings; "2026", a number, is no typo's meaning
        assertEquals(Map.of(
                "c", Map.of("f", Map.of("client", 3, "clients", 3)),
                "f", Map.of("f", Map.of("fees", 1)),
                "k", Map.of("f", Map.of("klient", 2)),
                "l", Map.of("f", Map.of("client", 3, "clients", 3, "klient", 2))), files);
    }

    @Test
    void aHeavyPrefixIsSplitByItsNextLetter() {
        Map<String, int[]> pages = Map.of("k", new int[] {1});
        Map<String, Set<String>> occurring = Map.of("k", Set.of("client", "plenty", "alight"));
        assertEquals(Set.of("a", "c", "le", "li", "p"),
                ShardLetterEdits.files(pages, occurring, new TreeSet<>(Set.of("a", "c", "p")), 30).keySet());
    }

    /**
     * A form whose shard was chosen by two letters is filed with the second left out too: "kient", a typo for "klient" (shard
     * "kl"), is looked up in the file of "ki", where "klient" must be.
     */
    @Test
    void aFormOfATwoLetterShardIsFiledWithItsSecondLetterLeftOut() {
        Map<String, int[]> pages = Map.of("klient", new int[] {1, 2}, "kilometr", new int[] {3});
        Map<String, Set<String>> occurring = Map.of("klient", Set.of("klient"), "kilometr", Set.of("kilometr"));
        assertEquals(Map.of(
                "i", Map.of("f", Map.of("kilometr", 1)),
                "ki", Map.of("f", Map.of("klient", 2, "kilometr", 1)),
                "kl", Map.of("f", Map.of("klient", 2, "kilometr", 1)),
                "l", Map.of("f", Map.of("klient", 2))),
                ShardLetterEdits.files(pages, occurring, new TreeSet<>(Set.of("ki", "kl")), 40));
    }
}
