package guide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The files of one language's index, under {@code /<lang>/search/}:
 * <ul>
 * <li>{@code meta.json}: {@code {"v":1,"n":pages,"depth":longest prefix,"shards":[prefixes],"begun":{prefix:[keys]},"words":{…}}},
 *     read when search opens (the browser looks a word's shard up as {@link ShardPlan#shardOf} does, to that depth;
 *     {@code begun} holds what an unfinished word stands for where its prefix was split, {@link BegunWords}; {@code words}
 *     the panel's statuses in the language, which the build hands over: {@code guide.i18n.SearchPanelWords}; {@code e} the
 *     prefixes of the files below that list forms for a typo in the letters that chose their shard);</li>
 * <li>{@code s/<prefix>.json}, one shard per prefix of folded strings ({@link ShardPlan}):
 *     {@code "f"} every form a reader may type that starts with it, with its keys (space-separated);
 *     {@code "x"} its stop words; {@code "p"} the postings of its keys: {@code "n"} pages with the key,
 *     {@code "o"} its forms that occur in the text (to highlight), {@code "i"} page numbers (each the
 *     difference from the one before) and {@code "w"} weights of the key's best pages, {@code "m"} how
 *     many more tiers it has; {@code "r"} for keys of its forms whose postings are in another shard, their
 *     {@code "n"} and which of its forms of them occur ({@code "o"}), see {@link #elsewhere};</li>
 * <li>{@code t/<key>-<k>.json}: tier k of a key with more pages than the first tier holds, in
 *     falling weight;</li>
 * <li>{@code e/<prefix>.json}: the forms the pages use, each also filed with one of the letters that chose its shard left
 *     out, for a typo in those letters ({@link ShardLetterEdits});</li>
 * <li>{@code d/<page>.json}: a page's address, title and sections (anchor, heading, text), fetched
 *     for the results shown, for their section link and excerpt.</li>
 * </ul>
 */
final class IndexLayout {
    /** The index's folder in each language's folder; pages find it through {@link SearchIndexFiles#address}. */
    static final String FOLDER = "search/";
    static final int FIRST_TIER = 1000;
    static final int TIER = 4000;
    static final int SHARD_BYTES = 24_000;

    private final String base;
    private final Map<String, Object> words;

    /**
     * What a key's entry in its shard was made from ({@code list}, its postings as the index builder collects them, and the
     * forms of it that occur), with the entry and how many tier files it has: a save that leaves both the same reuses the
     * entry instead of sorting the postings again.
     */
    record KeptPosting(int[] list, List<String> occurring, Map<String, Object> posting, int tiers) {
    }

    /**
     * The content of the files a preview's next save compares with its own to hand the unchanged ones over without making
     * them: the shards and the files of typos in the letters that chose a shard, by prefix.
     */
    record Contents(Map<String, Map<String, Object>> shards, Map<String, Map<String, Object>> edits) {
    }

    /** @param words what meta.json says the panel's words are in the language (empty: the panel says nothing) */
    IndexLayout(String lang, Map<String, Object> words) {
        this.base = lang + "/" + FOLDER;
        this.words = words;
    }

    /**
     * Hands every file of the language's index but the pages' own ({@link #pageFile}) to {@code files} (path relative to the
     * site root, bytes); a shard's as {@code null} bytes when {@code previous} (the index in the output) had a shard of that prefix with the same
     * content, a file of typos ({@code e/}) when it had one of that prefix with the same content, and a key's tier files
     * when it had the key's entry from the same postings and forms: they are unchanged. {@code files} is called from several threads at once.
     *
     * @param kept where to keep what each key's entry was made from, for the next call's {@code previous}; null to keep nothing
     * @return the content of each shard and each file of typos, by prefix
     */
    Contents files(List<PageText> pages, Map<String, int[]> postings, Map<String, Set<String>> occurring,
               Map<String, Set<String>> typed, Set<String> stop, SearchIndexBuilder.LanguageIndex previous,
               Map<String, KeptPosting> kept, BiConsumer<String, byte[]> files) {
        Map<String, Integer> costs = new HashMap<>(); // sorted once below, cheaper than a sorted map's inserts
        typed.forEach((form, keys) -> costs.merge(form, form.length() + 6 + 8 * keys.size(), Integer::sum));
        stop.forEach(s -> costs.merge(s, s.length() + 3, Integer::sum));
        postings.forEach((key, list) -> costs.merge(key, key.length() + 20 + 7 * Math.min(list.length, FIRST_TIER)
                + occurring.getOrDefault(key, Set.of()).stream().mapToInt(f -> f.length() + 3).sum(), Integer::sum));
        SortedSet<String> prefixes = ShardPlan.prefixes(new TreeMap<>(costs), SHARD_BYTES);
        Set<String> plan = new HashSet<>(prefixes); // looked up for every form and key below

        Map<String, Map<String, Object>> shards = new TreeMap<>();
        for (String prefix : prefixes) {
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("f", new TreeMap<String, String>());
            shard.put("x", new ArrayList<String>());
            shard.put("p", new TreeMap<String, Object>());
            shards.put(prefix, shard);
        }
        Map<String, String> shardOfKey = new HashMap<>();
        typed.forEach((form, keys) -> {
            String prefix = ShardPlan.shardOf(form, plan);
            formsOf(shards, prefix).put(form, String.join(" ", keys));
            elsewhere(shards.get(prefix), prefix, form, keys, k -> shardOfKey.computeIfAbsent(k, x -> ShardPlan.shardOf(x, plan)),
                    postings, occurring);
        });
        stop.forEach(s -> stopOf(shards, ShardPlan.shardOf(s, plan)).add(s));
        postings.forEach((key, list) -> postingsOf(shards, ShardPlan.shardOf(key, plan)).put(key,
                entry(key, list, new ArrayList<>(occurring.getOrDefault(key, Set.of())), previous.postings().get(key), kept, files)));
        // Each file stands alone: made and handed over on every core (the other language may be done already).
        // A save changes the postings of the few keys of the page it edits: most shards are as they were.
        shards.entrySet().parallelStream().forEach(e -> files.accept(base + "s/" + ShardPlan.fileName(e.getKey()) + ".json",
                e.getValue().equals(previous.shards().get(e.getKey())) ? null : json(e.getValue())));
        Map<String, Map<String, Object>> edits = ShardLetterEdits.files(postings, occurring, prefixes, SHARD_BYTES);
        // A save changes the forms of a few keys: most of these files are as they were, and are not made again either.
        edits.forEach((prefix, file) -> files.accept(base + "e/" + ShardPlan.fileName(prefix) + ".json",
                file.equals(previous.edits().get(prefix)) ? null : json(file)));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("v", 1);
        meta.put("n", pages.size());
        meta.put("depth", ShardPlan.MAX_DEPTH);
        meta.put("shards", new ArrayList<>(prefixes));
        meta.put("begun", BegunWords.of(typed, postings, occurring, prefixes));
        meta.put("words", words);
        meta.put("e", new ArrayList<>(edits.keySet()));
        files.accept(base + "meta.json", json(meta));
        return new Contents(shards, edits);
    }

    /**
     * Under {@code "r"} in each shard, the keys its forms stand for whose postings are in another shard: their page count
     * ({@code "n"}) and those of the shard's forms of them that occur ({@code "o"}), as their own entry would say. The
     * browser ranks what an unfinished word stands for with its shard alone ({@link BegunWords}' rule); without these it
     * counted such a key on no page ("naj": "najważniejsze" stands for "ważny", whose postings are under "w"). Called for each
     * typed form with its shard, as the forms are put in their shards.
     */
    private static void elsewhere(Map<String, Object> shard, String prefix, String form, Set<String> keys,
                                  UnaryOperator<String> shardOfKey, Map<String, int[]> postings,
                                  Map<String, Set<String>> occurring) {
        for (String key : keys) {
            int[] list = postings.get(key);
            if (list == null || shardOfKey.apply(key).equals(prefix)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> remote = (Map<String, Object>) shard.computeIfAbsent("r", r -> new TreeMap<String, Object>());
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) remote.computeIfAbsent(key, k -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("n", list.length);
                e.put("o", new ArrayList<String>());
                return e;
            });
            if (occurring.getOrDefault(key, Set.of()).contains(form)) {
                @SuppressWarnings("unchecked")
                List<String> occurs = (List<String>) entry.get("o");
                occurs.add(-Collections.binarySearch(occurs, form) - 1, form); // in order, whatever typed's order
            }
        }
    }

    /**
     * A key's entry in its shard, from its postings ({@code list}: weight << 24 | page, in page order) and the forms of it
     * that occur; its tiers beyond the first go to {@code files}. The entry {@code before} made from the same postings and
     * forms (most keys, after a save) is taken as it is, and its tier files handed over as unchanged.
     */
    private Map<String, Object> entry(String key, int[] list, List<String> occurs, KeptPosting before, Map<String, KeptPosting> kept,
                                      BiConsumer<String, byte[]> files) {
        if (before != null && Arrays.equals(before.list(), list) && before.occurring().equals(occurs)) {
            for (int t = 1; t <= before.tiers(); t++) {
                files.accept(base + "t/" + ShardPlan.fileName(key) + "-" + t + ".json", null);
            }
            if (kept != null) {
                kept.put(key, before);
            }
            return before.posting();
        }
        // (weight << 24 | page) sorted by (127 - weight, page): best first, ties by page number.
        int[] best = new int[list.length];
        for (int i = 0; i < list.length; i++) {
            best[i] = (127 - (list[i] >>> 24)) << 24 | (list[i] & 0xFFFFFF);
        }
        Arrays.sort(best);
        Map<String, Object> posting = tier(best, 0, Math.min(FIRST_TIER, best.length));
        posting.put("n", list.length);
        posting.put("o", occurs);
        int more = 0;
        for (int from = FIRST_TIER; from < best.length; from += TIER) {
            more++;
            files.accept(base + "t/" + ShardPlan.fileName(key) + "-" + more + ".json", json(tier(best, from, Math.min(best.length, from + TIER))));
        }
        if (more > 0) {
            posting.put("m", more);
        }
        if (kept != null) {
            kept.put(key, new KeptPosting(list, occurs, posting, more));
        }
        return posting;
    }

    /** Entries [from, to) of (127 - weight) << 24 | page as page numbers in order, each the difference from the one before, and their weights. */
    private static Map<String, Object> tier(int[] best, int from, int to) {
        int[] byPage = new int[to - from];
        for (int i = from; i < to; i++) {
            byPage[i - from] = (best[i] & 0xFFFFFF) << 7 | (127 - (best[i] >>> 24));
        }
        Arrays.sort(byPage);
        List<Integer> ids = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        int last = 0;
        for (int e : byPage) {
            ids.add((e >>> 7) - last);
            last = e >>> 7;
            weights.add(e & 0x7F);
        }
        Map<String, Object> tier = new LinkedHashMap<>();
        tier.put("i", ids);
        tier.put("w", weights);
        return tier;
    }

    /**
     * Hands page number {@code id}'s file ({@code d/<id>.json}) to {@code files}: its bytes made from {@code sections} (the
     * page's, which the caller unpacked for its analysis too), or {@code null} bytes, unchanged, with {@code sections} null,
     * when the index in the output had the same page under that number. Called from several threads at once.
     */
    void pageFile(int id, PageText page, List<PageText.Section> sections, BiConsumer<String, byte[]> files) {
        files.accept(base + "d/" + id + ".json", sections == null ? null : json(page(page, sections)));
    }

    private static Map<String, Object> page(PageText page, List<PageText.Section> pageSections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("u", page.url());
        doc.put("t", page.title());
        List<List<String>> sections = new ArrayList<>();
        for (PageText.Section s : pageSections) {
            sections.add(List.of(s.anchor(), s.heading(), s.text()));
        }
        doc.put("s", sections);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> formsOf(Map<String, Map<String, Object>> shards, String prefix) {
        return (Map<String, String>) shards.get(prefix).get("f");
    }

    @SuppressWarnings("unchecked")
    private static List<String> stopOf(Map<String, Map<String, Object>> shards, String prefix) {
        return (List<String>) shards.get(prefix).get("x");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> postingsOf(Map<String, Map<String, Object>> shards, String prefix) {
        return (Map<String, Object>) shards.get(prefix).get("p");
    }

    private static byte[] json(Object value) {
        return JsonWriter.bytes(value);
    }
}
