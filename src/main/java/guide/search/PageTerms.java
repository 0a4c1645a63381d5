package guide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page analysed for the index: its keys, sorted, each with its weight in the page (1 to 99,
 * from how often it occurs in the text, in headings and in the title, and the page's length), and
 * the distinct words as written (for the forms a reader types). Kept in arrays: a build holds one
 * per page.
 */
final class PageTerms {
    private final String[] keys;
    /** The weight of each key, worked out once: the preview's index reads every page's weights again at every save. */
    private final byte[] weights;
    private final String[] words;

    private PageTerms(String[] keys, byte[] weights, String[] words) {
        this.keys = keys;
        this.weights = weights;
        this.words = words;
    }

    /** @param canonical one instance per distinct word across the build's pages, to keep them small */
    static PageTerms of(PageText page, LanguageAnalysis analysis, Map<String, String> canonical) {
        Map<String, int[]> raw = new HashMap<>();
        Set<String> words = new LinkedHashSet<>();
        int length = count(page.title(), 2, raw, words, analysis);
        for (PageText.Section section : page.sections()) {
            length += count(section.heading(), 1, raw, words, analysis);
            length += count(section.text(), 0, raw, words, analysis);
        }
        int n = raw.size();
        String[] keys = new String[n];
        byte[] weights = new byte[n];
        raw.keySet().toArray(keys);
        Arrays.sort(keys);
        double norm = lengthNorm(length);
        for (int i = 0; i < n; i++) {
            int[] c = raw.get(keys[i]);
            weights[i] = (byte) weight(c[0], c[1], c[2] > 0, norm);
        }
        List<String> distinct = new ArrayList<>(words.size());
        words.forEach(w -> distinct.add(canonical.computeIfAbsent(w, x -> x)));
        return new PageTerms(keys, weights, distinct.toArray(String[]::new));
    }

    /** Adds the words of one field (0 text, 1 heading, 2 title); returns how many words it has. */
    private static int count(String field, int kind, Map<String, int[]> raw, Set<String> words, LanguageAnalysis analysis) {
        int n = 0;
        for (String word : Folding.words(field)) {
            if (!Folding.isHyphenated(word)) {
                n++; // a hyphenated word's runs are counted already
            }
            words.add(word);
            for (String key : analysis.keys(word)) {
                raw.computeIfAbsent(key, k -> new int[3])[kind]++;
            }
        }
        return n;
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    String[] words() {
        return words;
    }

    /** The weight of the i-th key in this page, 1 to 99 ({@link #weight(int, int, boolean, double)}). */
    int weight(int i) {
        return weights[i];
    }

    /**
     * A page's length (in words) as BM25 weighs it, in coarse steps, so that a small edit leaves the weights, and with them
     * the index files, as they were.
     */
    private static double lengthNorm(int length) {
        double steps = Math.round(2 * Math.log(Math.max(length, 32)) / Math.log(2)) / 2.0;
        return Math.pow(2, steps) / 600.0;
    }

    /**
     * The weight of a key that occurs {@code text} times in the text and {@code headings} times in headings: the title counts
     * most, then headings, then the text (BM25's saturating term frequency).
     */
    private static int weight(int text, int headings, boolean title, double norm) {
        double tf = text * 2.2 / (text + 1.2 * (0.25 + 0.75 * norm));
        long w = Math.round(10 * tf + 12 * Math.min(headings, 2) + (title ? 30 : 0));
        return (int) Math.max(1, Math.min(99, w));
    }
}
