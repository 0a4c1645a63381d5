package guide.search;

import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polish from Morfologik's dictionary (morfologik-polish): a word's keys are its lemmas ("faktury"
 * and "fakturach" are both "faktura", "ręce" is "ręka", "przyszedł" is "przyjść"); the forms a
 * reader may type are every form the dictionary lists for those lemmas ({@link PolishFormsTable}),
 * folded. A word the dictionary does not know is its own key. Stop words are Lucene's Polish list.
 */
final class PolishAnalysis implements LanguageAnalysis {
    private static final String STOP_WORDS = "/org/apache/lucene/analysis/pl/stopwords.txt";

    private final PolishStemmer stemmer = new PolishStemmer();
    private final Map<String, List<String>> lemmas = new ConcurrentHashMap<>();
    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
    private final Set<String> stopWords;
    /** What the last call of {@link #typedForms} folded; null before the first. */
    private FoldMemo lastFolds;

    /** A new analysis that remembers no look-up yet (the dictionary itself is Morfologik's, loaded once); the build shares one ({@link #get}). */
    PolishAnalysis() {
        stopWords = readStopWords();
    }

    /** One per JVM, made on first use: the dictionary is loaded once, and word lookups are remembered. */
    static PolishAnalysis get() {
        return Shared.INSTANCE;
    }

    /** Holds the JVM's analysis: the class is initialised, and the analysis made, when {@link #get} first reads it. */
    private static final class Shared {
        static final PolishAnalysis INSTANCE = new PolishAnalysis();
    }

    @Override
    public List<String> keys(String word) {
        return keys.computeIfAbsent(word, this::keysOf);
    }

    private List<String> keysOf(String word) {
        if (stopWords.contains(Folding.fold(word))) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(2);
        for (String lemma : lemmas(word)) {
            String key = Folding.fold(lemma);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /** The lemmas of a word as the dictionary spells them, or the word itself (lowercase) if it has none. */
    List<String> lemmas(String word) {
        return lemmas.computeIfAbsent(word, this::lookUp);
    }

    private List<String> lookUp(String word) {
        List<String> found = new ArrayList<>(2);
        String lower = word.toLowerCase(Locale.ROOT);
        synchronized (stemmer) {
            addLemmas(stemmer.lookup(word), found);
            if (found.isEmpty() && !lower.equals(word)) {
                addLemmas(stemmer.lookup(lower), found);
            }
        }
        if (found.isEmpty()) {
            found.add(lower);
        }
        return List.copyOf(found);
    }

    private static void addLemmas(List<WordData> data, List<String> into) {
        for (WordData d : data) {
            String lemma = d.getStem().toString();
            if (!into.contains(lemma)) {
                into.add(lemma);
            }
        }
    }

    /**
     * {@inheritDoc} The words and lemmas folded, and each lemma's forms folded, are remembered from one call to the next (the
     * preview's index asks for nearly the same ones at every save) and dropped when a call no longer uses them, so this memo
     * holds one site's vocabulary. (The look-ups of {@link #lemmas} and {@link #keys}, older and smaller, are still kept
     * for the life of the JVM: every word a long preview or build daemon has seen.)
     */
    @Override
    public synchronized Map<String, Set<String>> typedForms(Collection<String> corpusWords) {
        FoldMemo memo = new FoldMemo(lastFolds);
        Map<String, Set<String>> forms = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (String word : corpusWords) {
            String foldedWord = memo.fold(word);
            if (stopWords.contains(foldedWord)) {
                continue;
            }
            for (String lemma : lemmas(word)) {
                String key = memo.fold(lemma);
                add(forms, foldedWord, key);
                if (done.add(lemma)) {
                    add(forms, key, key);
                    for (String form : memo.forms(lemma)) {
                        add(forms, form, key);
                    }
                }
            }
        }
        lastFolds = memo.done();
        return forms;
    }

    /** Folded words and lemmas' folded forms of one call of {@link #typedForms}, taken from the last call's where it had them. */
    private static final class FoldMemo {
        private final Map<String, String> folded = new HashMap<>();
        private final Map<String, List<String>> forms = new HashMap<>();
        /** The last call's memo while this call runs; dropped at its end ({@link #done}), so that only one is ever kept. */
        private FoldMemo last;

        FoldMemo(FoldMemo last) {
            this.last = last;
        }

        FoldMemo done() {
            last = null;
            return this;
        }

        String fold(String word) {
            return folded.computeIfAbsent(word, w -> last == null || !last.folded.containsKey(w) ? Folding.fold(w) : last.folded.get(w));
        }

        List<String> forms(String lemma) {
            return forms.computeIfAbsent(lemma, l -> last == null || !last.forms.containsKey(l)
                    ? PolishFormsTable.get().forms(l).stream().map(Folding::fold).toList() : last.forms.get(l));
        }
    }

    private static void add(Map<String, Set<String>> forms, String form, String key) {
        forms.computeIfAbsent(form, f -> new TreeSet<>()).add(key);
    }

    @Override
    public Set<String> stopWords() {
        return stopWords;
    }

    private static Set<String> readStopWords() {
        try (InputStream in = PolishAnalyzer.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's Polish stop words (" + STOP_WORDS + ") are missing from the class path");
            }
            Set<String> words = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> words.add(Folding.fold(l)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
