package guide.search;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The index of the forms the pages use by their letters after the first ({@code e/<prefix>.json}), for a typo in a word's
 * first letter: "lient" (a letter left out) and "vlient" (one changed) look in the shard of "l" and "v", and "client" is in
 * "c", which the word's letters do not name: on a site whose forms start with twenty-odd letters, finding it there would
 * take a fetch for every letter. Here "client" is filed under "lient", so the browser (search-engine.js, {@code nearest})
 * reads one small file for each: the one of "lient" (the typed word, as a form with its first letter left out would be)
 * and the one of the typed word without its first letter (as a form with its first letter changed would be). It reads
 * them only for a word no page has and no form in its own shard is one edit from, so ordinary queries fetch nothing more.
 *
 * <p>Only forms that occur in the pages' text and are {@link #MIN_LENGTH} letters or longer are in it: a typo is corrected
 * only to a form the pages use, a letter left out only in a word of five letters or more, and a letter changed only in
 * one of six or more. Each form is listed with how many pages its key is on (the most, where it is a form of several
 * keys), by which the browser chooses among forms one edit away. The files are cut by prefix as the shards are
 * ({@link ShardPlan}), and {@code meta.json}'s {@code "e"} lists their prefixes.
 */
final class FirstLetterEdits {
    /** In code points: the shortest form a typo in its first letter is corrected to (as search-engine.js's limits). */
    static final int MIN_LENGTH = 6;

    private FirstLetterEdits() {
    }

    /**
     * The files' content by prefix: {@code {"f": {form: pages}}}, each file holding the forms whose letters after the first
     * begin with its prefix (and with no longer listed one).
     *
     * @param pages     the postings of each key, for how many pages it is on
     * @param occurring the forms of each key that occur in the pages' text, folded
     * @param limit     the most bytes a prefix's forms may weigh before it is split by its next letter
     */
    static Map<String, Map<String, Object>> files(Map<String, int[]> pages, Map<String, Set<String>> occurring, int limit) {
        Map<String, Integer> forms = new TreeMap<>();
        occurring.forEach((key, used) -> {
            int[] list = pages.get(key);
            if (list == null) {
                return;
            }
            for (String form : used) {
                if (form.codePointCount(0, form.length()) >= MIN_LENGTH) {
                    forms.merge(form, list.length, Math::max);
                }
            }
        });
        TreeMap<String, Integer> costs = new TreeMap<>();
        forms.forEach((form, n) -> costs.merge(rest(form), form.length() + 8, Integer::sum));
        SortedSet<String> prefixes = ShardPlan.prefixes(costs, limit);
        Map<String, Map<String, Object>> files = new TreeMap<>();
        prefixes.forEach(p -> files.put(p, Map.of("f", new TreeMap<String, Integer>())));
        forms.forEach((form, n) -> formsOf(files.get(ShardPlan.shardOf(rest(form), prefixes))).put(form, n));
        return files;
    }

    /** A form without its first letter (its first code point). */
    static String rest(String form) {
        return form.substring(form.offsetByCodePoints(0, 1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> formsOf(Map<String, Object> file) {
        return (Map<String, Integer>) file.get("f");
    }
}
