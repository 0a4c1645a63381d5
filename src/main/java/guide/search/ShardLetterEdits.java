package guide.search;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The index of the forms the pages use by what is left of them with one of the letters that chose their shard left out
 * ({@code e/<prefix>.json}), for a typo in those letters. The browser (search-engine.js, {@code nearest}) looks for a typo
 * in the word's own shard first, which holds every form one edit away whose edit is after the letters that chose it. A
 * typo before them sends the word to another shard: "kient" looks in "ki" and "klient" is in "kl", "lient" in "l" and
 * "client" in "c"; on a site whose forms start with twenty-odd letters, finding it by shards would take a fetch for every
 * letter the typo might have replaced. Here each form is filed under itself and under each string it makes with one of the
 * letters of its shard's prefix left out ("klient" under "klient", "lient" and "kient"), and the browser reads the files of
 * the typed word and of each string it makes with one of its first letters left out: a form with a letter left out
 * ("kient") is filed under the typed word, one with a letter added ("kilient") under the word without it, one with a letter
 * changed ("kkient": "kient") or two neighbours swapped ("kilent": "klent") under the same string as the word without
 * one of its letters. The browser reads them only for a word no page has and no form in its own shard is one edit from,
 * so ordinary queries fetch nothing more.
 *
 * <p>Only forms that occur in the pages' text are in it: a typo is corrected only to a form the pages use. A form is filed
 * under itself from {@link #MIN_LENGTH} letters (the browser corrects a word of five letters or more: a four-letter form
 * only for a letter added), and under the others from one letter more (two letters swapped in a five-letter form). Forms
 * with a digit are left out (no such form of six letters or more was in the files of first-letter typos before them).
 * Each form is listed with how many pages its key is on (the most, where it is a form of several keys), by which the
 * browser chooses among forms one edit away. The files are cut by prefix as the shards are ({@link ShardPlan}), and
 * {@code meta.json}'s {@code "e"} lists their prefixes.
 */
final class ShardLetterEdits {
    /** In code points: the shortest form a typo in the letters that chose its shard is corrected to. */
    static final int MIN_LENGTH = 4;

    private ShardLetterEdits() {
    }

    /**
     * The files' content by prefix: {@code {"f": {form: pages}}}, each file holding the forms of which one of the strings
     * they are filed under ({@link #filedUnder}) begins with its prefix (and with no longer listed one).
     *
     * @param pages     the postings of each key, for how many pages it is on
     * @param occurring the forms of each key that occur in the pages' text, folded
     * @param shards    the shards' prefixes, which say how many letters chose each form's shard
     * @param limit     the most bytes a prefix's forms may weigh before it is split by its next letter
     */
    static Map<String, Map<String, Object>> files(Map<String, int[]> pages, Map<String, Set<String>> occurring,
                                                  SortedSet<String> shards, int limit) {
        Map<String, Integer> forms = new TreeMap<>();
        occurring.forEach((key, used) -> {
            int[] list = pages.get(key);
            if (list == null) {
                return;
            }
            for (String form : used) {
                if (form.codePointCount(0, form.length()) >= MIN_LENGTH && form.chars().noneMatch(Character::isDigit)) {
                    forms.merge(form, list.length, Math::max);
                }
            }
        });
        Map<String, Set<String>> under = new TreeMap<>();
        TreeMap<String, Integer> costs = new TreeMap<>();
        forms.keySet().forEach(form -> {
            String shard = ShardPlan.shardOf(form, shards);
            Set<String> keys = filedUnder(form, shard == null ? 1 : shard.codePointCount(0, shard.length()));
            under.put(form, keys);
            keys.forEach(k -> costs.merge(k, form.length() + 8, Integer::sum));
        });
        SortedSet<String> prefixes = ShardPlan.prefixes(costs, limit);
        Map<String, Map<String, Object>> files = new TreeMap<>();
        prefixes.forEach(p -> files.put(p, Map.of("f", new TreeMap<String, Integer>())));
        forms.forEach((form, n) -> under.get(form).forEach(k -> formsOf(files.get(ShardPlan.shardOf(k, prefixes))).put(form, n)));
        return files;
    }

    /**
     * The strings a form is filed under: itself, and from {@link #MIN_LENGTH} + 1 letters on, each string it makes with
     * one of its first {@code depth} letters (those that chose its shard) left out.
     */
    static Set<String> filedUnder(String form, int depth) {
        int[] cps = form.codePoints().toArray();
        Set<String> keys = new TreeSet<>();
        keys.add(form);
        if (cps.length > MIN_LENGTH) {
            for (int j = 0; j < Math.min(depth, cps.length); j++) {
                keys.add(new String(cps, 0, j) + new String(cps, j + 1, cps.length - j - 1));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> formsOf(Map<String, Object> file) {
        return (Map<String, Integer>) file.get("f");
    }
}
