package guide.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English by the Snowball English (Porter2) stemmer from Lucene: a word's key is its stem
 * ("invoices" and "invoicing" are both "invoic"). The browser has no stemmer, so the forms a reader
 * may type are made here: each word of the text with the regular English inflections of it and of
 * its base ({@link EnglishInflections}), kept only where the stemmer agrees that the form has the
 * same stem. Stop words are Lucene's English list.
 */
final class EnglishAnalysis implements LanguageAnalysis {
    private static final EnglishAnalysis INSTANCE = new EnglishAnalysis();

    private final ThreadLocal<EnglishStemmer> stemmer = ThreadLocal.withInitial(EnglishStemmer::new);
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
    private final Set<String> stopWords;

    /** A new analysis that remembers nothing yet; the build shares one ({@link #get}). */
    EnglishAnalysis() {
        Set<String> words = new TreeSet<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            words.add(Folding.fold(new String((char[]) word)));
        }
        stopWords = Set.copyOf(words);
    }

    /** One per JVM: the stems of the words it has seen are remembered. */
    static EnglishAnalysis get() {
        return INSTANCE;
    }

    @Override
    public List<String> keys(String word) {
        return keys.computeIfAbsent(word, w -> {
            String folded = Folding.fold(w);
            return stopWords.contains(folded) ? List.of() : List.of(stem(folded));
        });
    }

    /** The Snowball stem of a folded word. */
    String stem(String folded) {
        return stems.computeIfAbsent(folded, w -> {
            EnglishStemmer s = stemmer.get();
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        });
    }

    @Override
    public Map<String, Set<String>> typedForms(Collection<String> corpusWords) {
        Map<String, Set<String>> forms = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (String word : corpusWords) {
            String folded = Folding.fold(word);
            if (stopWords.contains(folded) || !done.add(folded)) {
                continue;
            }
            String key = stem(folded);
            for (String candidate : EnglishInflections.candidates(folded)) {
                if (!stopWords.contains(candidate) && stem(candidate).equals(key)) {
                    forms.computeIfAbsent(candidate, c -> new TreeSet<>()).add(key);
                }
            }
        }
        return forms;
    }

    @Override
    public Set<String> stopWords() {
        return stopWords;
    }
}
