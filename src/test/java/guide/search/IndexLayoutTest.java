package guide.search;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the browser reads of one language's index, made from postings and forms given directly: a key's best pages in its
 * shard and the rest in tier files, what a form stands for in another shard, shards cut near their size limit, and the files
 * a save hands over as unchanged.
 */
class IndexLayoutTest {
    private static final SearchIndexBuilder.LanguageIndex NONE = SearchIndexBuilder.LanguageIndex.NONE;

    /** The files one call hands over: made ones by path, and the paths handed over as unchanged. */
    private static final class Files {
        final Map<String, byte[]> made = new ConcurrentHashMap<>();
        final Set<String> unchanged = ConcurrentHashMap.newKeySet();

        void accept(String path, byte[] bytes) {
            if (bytes == null) {
                unchanged.add(path);
            } else {
                made.put(path, bytes);
            }
        }

        JSONObject json(String path) {
            try {
                return (JSONObject) new JSONParser().parse(new String(made.get(path), StandardCharsets.UTF_8));
            } catch (ParseException e) {
                throw new AssertionError(path, e);
            }
        }

        Set<String> under(String folder) {
            Set<String> paths = new TreeSet<>(made.keySet());
            paths.addAll(unchanged);
            paths.removeIf(p -> !p.startsWith("pl/search/" + folder));
            return paths;
        }
    }

    private static PageText page(int n, String text) {
        return new PageText("pl", "/pl/strona-" + n + "/", "Strona " + n, "2026-01-01", List.of(new PageText.Section("", "", text)));
    }

    private static Files layout(List<PageText> pages, Map<String, int[]> postings, Map<String, Set<String>> occurring,
                                Map<String, Set<String>> typed, Set<String> stop, SearchIndexBuilder.LanguageIndex previous,
                                Map<String, IndexLayout.KeptPosting> kept) {
        Files files = new Files();
        new IndexLayout("pl", Map.of()).files(pages, postings, occurring, typed, stop, previous, kept, files::accept);
        return files;
    }

    private static List<Long> pagesOf(JSONObject tier) {
        List<Long> pages = new ArrayList<>();
        long at = 0;
        for (Object delta : (JSONArray) tier.get("i")) {
            at += (Long) delta;
            pages.add(at);
        }
        return pages;
    }

    /**
     * A key on more pages than the shard's entry holds: the entry lists its best pages (ties to the lower page number), each
     * with its weight, in page order; the rest go to tier files in falling weight, and "m" says how many there are. Here page
     * 500 (weight 3) is the best of the rest and opens the second tier; 700 (weight 3, a higher number) and 1200 (weight 1)
     * are left for the third.
     */
    @Test
    void aKeysBestPagesAreInItsShardAndTheRestInTierFiles() {
        int count = IndexLayout.FIRST_TIER + IndexLayout.TIER + 2;
        int[] list = new int[count];
        for (int p = 0; p < count; p++) {
            int weight = p == count - 1 ? 90 : p == 500 || p == 700 ? 3 : p == 1200 ? 1 : 5;
            list[p] = weight << 24 | p;
        }
        Files files = layout(List.of(), Map.of("faktura", list), Map.of("faktura", new TreeSet<>(Set.of("faktury", "faktura"))),
                Map.of("faktura", Set.of("faktura"), "faktury", Set.of("faktura")), Set.of(), NONE, null);

        JSONObject entry = (JSONObject) ((JSONObject) files.json("pl/search/s/f.json").get("p")).get("faktura");
        assertEquals((long) count, entry.get("n"));
        assertEquals(List.of("faktura", "faktury"), entry.get("o"));
        assertEquals(2L, entry.get("m"), "two tier files");
        List<Long> first = pagesOf(entry);
        assertEquals(IndexLayout.FIRST_TIER, first.size());
        assertEquals(List.of(0L, 1L, 2L), first.subList(0, 3), "ties go to the lower page number, in page order");
        assertEquals((long) count - 1, first.get(first.size() - 1), "the heaviest page is in the shard");
        assertEquals(90L, ((JSONArray) entry.get("w")).get(first.size() - 1));
        assertEquals(5L, ((JSONArray) entry.get("w")).get(0));

        JSONObject second = files.json("pl/search/t/faktura-1.json");
        List<Long> secondPages = pagesOf(second);
        assertEquals(IndexLayout.TIER, secondPages.size());
        assertEquals(List.of(500L, 1001L, 1002L), secondPages.subList(0, 3), "the best of the rest, in page order");
        assertEquals(List.of(3L, 5L, 5L), ((JSONArray) second.get("w")).subList(0, 3));
        JSONObject third = files.json("pl/search/t/faktura-2.json");
        assertEquals(List.of(700L, 1200L), pagesOf(third), "the lightest pages come last, ties to the lower page number before");
        assertEquals(List.of(3L, 1L), third.get("w"));
        assertEquals(Set.of("pl/search/t/faktura-1.json", "pl/search/t/faktura-2.json"), files.under("t/"));
    }

    /** A key on exactly as many pages as the shard's entry holds has no tier file and no "m"; nor has a key on one page. */
    @Test
    void aKeyThatFitsItsShardHasNoTierFile() {
        int[] full = new int[IndexLayout.FIRST_TIER];
        for (int p = 0; p < full.length; p++) {
            full[p] = 1 << 24 | p;
        }
        Files files = layout(List.of(), Map.of("umowa", full, "umowy", new int[] {7 << 24 | 3}), Map.of(),
                Map.of("umowa", Set.of("umowa")), Set.of(), NONE, null);
        JSONObject shard = (JSONObject) files.json("pl/search/s/u.json").get("p");
        assertFalse(((JSONObject) shard.get("umowa")).containsKey("m"), shard.toString().substring(0, 80));
        assertEquals(Map.of("i", List.of(3L), "w", List.of(7L), "n", 1L, "o", List.of()), shard.get("umowy"));
        assertEquals(Set.of(), files.under("t/"));
    }

    /**
     * A form whose key's postings are in another shard: its own shard says, under "r", on how many pages the key is and which
     * of the shard's forms of it occur, in order; a key in the same shard or on no page is not there.
     */
    @Test
    void aFormsShardSaysHowOftenItsKeyInAnotherShardOccurs() {
        Map<String, int[]> postings = Map.of("wazny", new int[] {1 << 24, 1 << 24 | 1, 1 << 24 | 2}, "najpierw", new int[] {1 << 24 | 4});
        Map<String, Set<String>> occurring = Map.of("wazny", Set.of("najwazniejsze", "najwazniejszy", "wazny"), "najpierw", Set.of("najpierw"));
        TreeMap<String, Set<String>> typed = new TreeMap<>(Map.of("najwazniejszy", Set.of("wazny"), "najwazniejsze", Set.of("wazny"),
                "najwazniejszych", Set.of("wazny", "nieznany"), "najpierw", Set.of("najpierw"), "wazny", Set.of("wazny")));
        Files files = layout(List.of(), postings, occurring, typed.descendingMap(), Set.of(), NONE, null);
        JSONObject n = files.json("pl/search/s/n.json");
        assertEquals(Map.of("wazny", Map.of("n", 3L, "o", List.of("najwazniejsze", "najwazniejszy"))), n.get("r"));
        assertNull(files.json("pl/search/s/w.json").get("r"), "a key in its forms' own shard needs no other entry");
    }

    /**
     * A shard is cut by its next letter when its file would weigh more than about {@link IndexLayout#SHARD_BYTES}, and not
     * before: the browser fetches a word's shard whole, and each cut costs another fetch. Forms, stop words and postings
     * are each weighed as their file spells them.
     */
    @Test
    void aShardIsCutNearItsSizeLimit() {
        for (String kind : List.of("forms", "stop words", "postings")) {
            for (double share : new double[] {0.85, 1.15}) {
                Map<String, int[]> postings = new HashMap<>();
                Map<String, Set<String>> occurring = new HashMap<>();
                Map<String, Set<String>> typed = new HashMap<>();
                Set<String> stop = new TreeSet<>();
                for (int i = 0; i < 3000; i++) {
                    String word = "k" + (char) ('a' + i % 2) + String.format("%06d", i);
                    switch (kind) {
                        case "forms" -> typed.put(word, Set.of("q" + word.substring(1, 7), "r" + word.substring(1, 7)));
                        case "stop words" -> stop.add(word);
                        default -> {
                            postings.put(word, new int[] {12 << 24, 12 << 24 | 150, 12 << 24 | 300, 12 << 24 | 450});
                            occurring.put(word, Set.of(word));
                        }
                    }
                }
                Files whole = layout(List.of(), postings, occurring, typed, stop, NONE, null);
                int bytes = whole.under("s/k").stream().mapToInt(p -> whole.made.get(p).length).sum();
                int keep = (int) (share * IndexLayout.SHARD_BYTES / bytes * 3000);
                typed.keySet().removeIf(w -> Integer.parseInt(w.substring(2)) >= keep);
                stop.removeIf(w -> Integer.parseInt(w.substring(2)) >= keep);
                postings.keySet().removeIf(w -> Integer.parseInt(w.substring(2)) >= keep);
                Set<String> shards = layout(List.of(), postings, occurring, typed, stop, NONE, null).under("s/k");
                assertEquals(share < 1 ? Set.of("pl/search/s/k.json") : Set.of("pl/search/s/ka.json", "pl/search/s/kb.json"),
                        shards, kind + " at " + share + " of the limit");
            }
        }
    }

    /**
     * A save keeps a key's entry, and hands its tier files over as unchanged, only when both its pages and the forms of it
     * that occur are as they were: a new form on the same pages is highlighted after the save.
     */
    @Test
    void aKeysEntryIsKeptOnlyWhenItsPagesAndFormsAreAsTheyWere() {
        int[] list = new int[IndexLayout.FIRST_TIER + 1];
        for (int p = 0; p < list.length; p++) {
            list[p] = 1 << 24 | p;
        }
        Map<String, Set<String>> typed = Map.of("zaliczka", Set.of("zaliczka"), "zaliczki", Set.of("zaliczka"));
        Map<String, IndexLayout.KeptPosting> kept = new HashMap<>();
        layout(List.of(), Map.of("zaliczka", list), Map.of("zaliczka", Set.of("zaliczka")), typed, Set.of(), NONE, kept);
        SearchIndexBuilder.LanguageIndex previous = new SearchIndexBuilder.LanguageIndex(List.of(), Map.of(), Map.of(), kept);

        Map<String, IndexLayout.KeptPosting> keptAgain = new HashMap<>();
        Files same = layout(List.of(), Map.of("zaliczka", list.clone()), Map.of("zaliczka", Set.of("zaliczka")), typed, Set.of(), previous,
                keptAgain);
        assertEquals(Set.of("pl/search/t/zaliczka-1.json"), same.unchanged.stream().filter(p -> p.contains("/t/")).collect(Collectors.toSet()));
        Files third = layout(List.of(), Map.of("zaliczka", list.clone()), Map.of("zaliczka", Set.of("zaliczka")), typed, Set.of(),
                new SearchIndexBuilder.LanguageIndex(List.of(), Map.of(), Map.of(), keptAgain), null);
        assertTrue(third.unchanged.contains("pl/search/t/zaliczka-1.json"), "and at the save after");

        Files newForm = layout(List.of(), Map.of("zaliczka", list.clone()), Map.of("zaliczka", new TreeSet<>(Set.of("zaliczka", "zaliczki"))),
                typed, Set.of(), previous, null);
        JSONObject entry = (JSONObject) ((JSONObject) newForm.json("pl/search/s/z.json").get("p")).get("zaliczka");
        assertEquals(List.of("zaliczka", "zaliczki"), entry.get("o"));
        assertTrue(newForm.made.containsKey("pl/search/t/zaliczka-1.json"), "its tier files are made again");
    }
}
