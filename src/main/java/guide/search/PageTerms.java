package guide.search;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One page analysed for the index: per key, how often it occurs in the text, in headings and in
 * the title; the page's length in words; and the words as written (for the forms a reader types).
 */
record PageTerms(Map<String, Counts> counts, int length, Set<String> words) {

    /** How one key occurs in a page. */
    record Counts(int text, int headings, boolean title) {
    }

    static PageTerms of(PageText page, LanguageAnalysis analysis) {
        Map<String, int[]> raw = new TreeMap<>();
        Set<String> words = new LinkedHashSet<>();
        int length = 0;
        length += count(page.title(), 2, raw, words, analysis);
        for (PageText.Section section : page.sections()) {
            length += count(section.heading(), 1, raw, words, analysis);
            length += count(section.text(), 0, raw, words, analysis);
        }
        Map<String, Counts> counts = new TreeMap<>();
        raw.forEach((key, c) -> counts.put(key, new Counts(c[0], c[1], c[2] > 0)));
        return new PageTerms(counts, length, words);
    }

    /** Adds the words of one field (0 text, 1 heading, 2 title); returns how many words it has. */
    private static int count(String text, int field, Map<String, int[]> raw, Set<String> words, LanguageAnalysis analysis) {
        int n = 0;
        for (String word : Folding.words(text)) {
            n++;
            words.add(word);
            for (String key : analysis.keys(word)) {
                raw.computeIfAbsent(key, k -> new int[3])[field]++;
            }
        }
        return n;
    }

    /**
     * The key's weight in this page, 1 to 99: the title counts most, then headings, then the text
     * (BM25's saturating term frequency). Length is taken in coarse steps, so that a small edit
     * leaves the weights, and with them the index files, as they were.
     */
    int weight(String key) {
        Counts c = counts.get(key);
        double steps = Math.round(2 * Math.log(Math.max(length, 32)) / Math.log(2)) / 2.0;
        double norm = Math.pow(2, steps) / 600.0;
        double tf = c.text() * 2.2 / (c.text() + 1.2 * (0.25 + 0.75 * norm));
        long w = Math.round(10 * tf + 12 * Math.min(c.headings(), 2) + (c.title() ? 30 : 0));
        return (int) Math.max(1, Math.min(99, w));
    }
}
