package guide.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * What an unfinished word stands for where the index split its prefix into longer prefixes' shards:
 * at most {@link #KEYS} keys of the forms it begins that readers find on the site, those on the most
 * pages first (on a tie, the key with the shorter form); only where it begins no form on the site,
 * keys of forms the dictionary adds, by the same order ("najw" stands for "ważny" of
 * "najważniejsze", on a page, not for "duży" of "największy", on none); worked out here over every
 * form and written into {@code meta.json}. Without
 * it the browser would need every longer prefix's shard ("prze" has 13 on the real Polish site, "nie"
 * 48) to know what the word begins, and a reader typing "roz" on a site about parting with clients
 * should find the pages that say "rozstać", the word on most of them.
 *
 * <p>A word whose prefix was not split has every form it begins in its own shard, which the browser
 * fetches anyway; there it ranks them by the same rule (search-engine.js, {@code begunKeys}), with the
 * page counts of keys whose postings are in another shard (a Polish superlative's lemma,
 * "najważniejsze" → "ważny") from the shard's {@code "r"} ({@link IndexLayout}).
 */
final class BegunWords {
    /** As search-engine.js, in code points: a shorter unfinished word stands for nothing but itself. */
    static final int MIN_LENGTH = 3;
    static final int KEYS = 3;

    /** A key an unfinished word may stand for, with the shortest form of it that the word begins. */
    private record Candidate(String key, boolean occurs, int pages, String form) {
        static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::occurs).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::pages).reversed())
                .thenComparingInt(c -> c.form().length()).thenComparing(Candidate::form).thenComparing(Candidate::key);
    }

    private BegunWords() {
    }

    /**
     * For each prefix of {@link #MIN_LENGTH} or more letters that was split (a longer listed prefix
     * begins with it), the keys its unfinished word stands for; sorted by prefix.
     *
     * @param typed     every form a reader may type, with its keys
     * @param pages     how many pages each key is on (its postings)
     * @param occurring the forms of each key that occur in the pages' text, folded
     * @param prefixes  the shards' prefixes ({@link ShardPlan})
     */
    static Map<String, List<String>> of(Map<String, Set<String>> typed, Map<String, int[]> pages,
                                        Map<String, Set<String>> occurring, SortedSet<String> prefixes) {
        Set<String> split = new HashSet<>();
        for (String prefix : prefixes) {
            int length = prefix.codePointCount(0, prefix.length());
            for (int n = MIN_LENGTH; n < length; n++) {
                split.add(first(prefix, n));
            }
        }
        Map<String, Map<String, Candidate>> candidates = new HashMap<>();
        if (!split.isEmpty()) {
            typed.forEach((form, keys) -> {
                int length = form.codePointCount(0, form.length());
                // The prefixes of a split prefix down to MIN_LENGTH are split too: the first that is not ends the form's.
                for (int n = MIN_LENGTH; n <= Math.min(length, ShardPlan.MAX_DEPTH - 1); n++) {
                    String prefix = first(form, n);
                    if (!split.contains(prefix)) {
                        break;
                    }
                    Map<String, Candidate> byKey = candidates.computeIfAbsent(prefix, p -> new HashMap<>());
                    keys.forEach(key -> byKey.merge(key, new Candidate(key,
                            occurring.getOrDefault(key, Set.of()).contains(form), pagesOf(key, pages), form), BinaryOperator.minBy(Candidate.BEST_FIRST)));
                }
            });
        }
        Map<String, List<String>> begun = new TreeMap<>();
        candidates.forEach((prefix, byKey) -> {
            List<Candidate> ranked = byKey.values().stream().sorted(Candidate.BEST_FIRST).toList();
            boolean anyOccurs = ranked.get(0).occurs();
            begun.put(prefix, ranked.stream().filter(c -> c.occurs() || !anyOccurs).limit(KEYS).map(Candidate::key).toList());
        });
        return begun;
    }

    private static int pagesOf(String key, Map<String, int[]> pages) {
        int[] list = pages.get(key);
        return list == null ? 0 : list.length;
    }

    private static String first(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
