package guide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return of(page.title(), page.sections(), analysis, canonical);
    }

    /**
     * The terms of a page from its title and sections, for a caller that has unpacked them already ({@link PageText#sections}
     * inflates the packed text every time).
     *
     * @param canonical one instance per distinct word across the build's pages, to keep them small
     */
    static PageTerms of(String title, List<PageText.Section> sections, LanguageAnalysis analysis, Map<String, String> canonical) {
        WordCounts counts = new WordCounts();
        counts.add(title, 2);
        for (PageText.Section section : sections) {
            counts.add(section.heading(), 1);
            counts.add(section.text(), 0);
        }
        Map<String, int[]> raw = new HashMap<>();
        List<String> distinct = new ArrayList<>(counts.byWord.size());
        counts.byWord.forEach((word, c) -> {
            for (String key : analysis.keys(word)) {
                int[] sum = raw.computeIfAbsent(key, k -> new int[3]);
                sum[0] += c[0];
                sum[1] += c[1];
                sum[2] += c[2];
            }
            distinct.add(canonical.computeIfAbsent(word, x -> x));
        });
        int n = raw.size();
        String[] keys = new String[n];
        byte[] weights = new byte[n];
        raw.keySet().toArray(keys);
        Arrays.sort(keys);
        double norm = lengthNorm(counts.length);
        for (int i = 0; i < n; i++) {
            int[] c = raw.get(keys[i]);
            weights[i] = (byte) weight(c[0], c[1], c[2] > 0, norm);
        }
        return new PageTerms(keys, weights, distinct.toArray(String[]::new));
    }

    /**
     * How often each distinct word occurs in a page's text, headings and title, in the order the words first occur, and how
     * many words the page has: a word's keys are then looked up once per page, not at every occurrence.
     */
    private static final class WordCounts {
        /** Per word: occurrences in the text, in headings, in the title (the field kinds 0, 1, 2). */
        private final Map<String, int[]> byWord = new LinkedHashMap<>();
        private int length;

        /** Adds the words of one field (0 text, 1 heading, 2 title). */
        void add(String field, int kind) {
            for (String word : Folding.words(field)) {
                byWord.computeIfAbsent(word, w -> new int[3])[kind]++;
                if (!Folding.isHyphenated(word)) {
                    length++; // a hyphenated word's runs are counted already
                }
            }
        }
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
