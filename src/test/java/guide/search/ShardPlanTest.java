package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Which shard file holds a word: one letter's shard until its words weigh more than the limit, then the next letter's, and
 * the browser fetches the shard of the longest prefix the typed word starts with.
 */
class ShardPlanTest {
    private static TreeMap<String, Integer> costs(Object... stringAndBytes) {
        TreeMap<String, Integer> costs = new TreeMap<>();
        for (int i = 0; i < stringAndBytes.length; i += 2) {
            costs.put((String) stringAndBytes[i], (Integer) stringAndBytes[i + 1]);
        }
        return costs;
    }

    @Test
    void aLetterWhoseWordsWeighMoreThanTheLimitIsSplitByTheNextLetter() {
        SortedSet<String> plan = ShardPlan.prefixes(costs("kot", 10, "koty", 10, "klient", 10, "las", 5, "lis", 20), 25);

        assertEquals(List.of("kl", "ko", "l"), List.copyOf(plan), "k weighs 30, over 25; l weighs exactly 25, which fits");
        assertEquals("ko", ShardPlan.shardOf("kotek", plan), "a word the pages do not use goes where its letters lead");
        assertEquals("kl", ShardPlan.shardOf("klient", plan));
        assertEquals("l", ShardPlan.shardOf("lato", plan));
        assertNull(ShardPlan.shardOf("kawa", plan), "no shard starts with 'ka' or is 'k' alone");
        assertNull(ShardPlan.shardOf("zebra", plan));
    }

    @Test
    void aSplitPrefixThatIsAWordKeepsAShardForThatWord() {
        SortedSet<String> plan = ShardPlan.prefixes(costs("ko", 4, "kot", 20, "koza", 20), 30);

        assertEquals(List.of("ko", "kot", "koz"), List.copyOf(plan));
        assertEquals("ko", ShardPlan.shardOf("ko", plan));
        assertEquals("ko", ShardPlan.shardOf("kos", plan), "the longest prefix in the plan");
        assertEquals("kot", ShardPlan.shardOf("kotek", plan));
    }

    @Test
    void prefixesStopAtTheMaximumDepthHoweverHeavy() {
        SortedSet<String> plan = ShardPlan.prefixes(costs("abcdefghij", 100, "abcdefghik", 100), 50);

        assertEquals(List.of("abcdefgh"), List.copyOf(plan), "eight letters at most, though 200 bytes weigh more than 50");
        assertEquals("abcdefgh", ShardPlan.shardOf("abcdefghijklmn", plan));
        assertEquals(ShardPlan.MAX_DEPTH, 8);
    }

    /** A letter outside the Basic Multilingual Plane is one letter of a prefix, not two halves. */
    @Test
    void prefixesCountLettersNotUtf16Units() {
        String x = "\uD835\uDC65"; // MATHEMATICAL ITALIC SMALL X
        SortedSet<String> plan = ShardPlan.prefixes(costs(x + "a", 30, x + "b", 30), 40);

        assertEquals(List.of(x + "a", x + "b"), List.copyOf(plan));
        assertEquals(x + "b", ShardPlan.shardOf(x + "bc", plan));
        SortedSet<String> deep = new TreeSet<>(List.of(x.repeat(8)));
        assertEquals(x.repeat(8), ShardPlan.shardOf(x.repeat(9), deep), "eight letters, sixteen UTF-16 units");
    }

    @Test
    void aShardsFileNameKeepsAsciiLettersAndDigitsAndSpellsTheRestInHex() {
        assertEquals("az09", ShardPlan.fileName("az09"));
        assertEquals("_60__7b__2f__3a_", ShardPlan.fileName("`{/:"), "the characters either side of a to z and 0 to 9");
        assertEquals("p_440_", ShardPlan.fileName("p\u0440"), "Cyrillic r");
        assertEquals("_1d465_", ShardPlan.fileName("\uD835\uDC65"), "one code point, one name");
    }
}
