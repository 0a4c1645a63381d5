package guide.search;

import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    private static volatile PolishAnalysis instance;

    private final PolishStemmer stemmer = new PolishStemmer();
    private final Map<String, List<String>> lemmas = new ConcurrentHashMap<>();
    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
    /** Each corpus word and lemma folded, and each lemma's forms folded: the preview's index asks for them again at every save. */
    private final Map<String, String> folded = new ConcurrentHashMap<>();
    private final Map<String, List<String>> foldedForms = new ConcurrentHashMap<>();
    private final Set<String> stopWords;

    private PolishAnalysis() {
        stopWords = readStopWords();
    }

    /** One per JVM: the dictionary is loaded once, and word lookups are remembered. */
    static PolishAnalysis get() {
        if (instance == null) {
            synchronized (PolishAnalysis.class) {
                if (instance == null) {
                    instance = new PolishAnalysis();
                }
            }
        }
        return instance;
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
        String lower = word.toLowerCase(java.util.Locale.ROOT);
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

    @Override
    public Map<String, Set<String>> typedForms(Collection<String> corpusWords) {
        Map<String, Set<String>> forms = new java.util.HashMap<>();
        Set<String> done = new java.util.HashSet<>();
        for (String word : corpusWords) {
            String foldedWord = folded.computeIfAbsent(word, Folding::fold);
            if (stopWords.contains(foldedWord)) {
                continue;
            }
            for (String lemma : lemmas(word)) {
                String key = folded.computeIfAbsent(lemma, Folding::fold);
                add(forms, foldedWord, key);
                if (done.add(lemma)) {
                    add(forms, key, key);
                    for (String form : foldedForms.computeIfAbsent(lemma, PolishAnalysis::foldedFormsOf)) {
                        add(forms, form, key);
                    }
                }
            }
        }
        return forms;
    }

    /** Every form the dictionary lists for a lemma, folded. */
    private static List<String> foldedFormsOf(String lemma) {
        return PolishFormsTable.get().forms(lemma).stream().map(Folding::fold).toList();
    }

    private static void add(Map<String, Set<String>> forms, String form, String key) {
        forms.computeIfAbsent(form, f -> new TreeSet<>()).add(key);
    }

    @Override
    public Set<String> stopWords() {
        return stopWords;
    }

    private static Set<String> readStopWords() {
        try (InputStream in = org.apache.lucene.analysis.pl.PolishAnalyzer.class.getResourceAsStream(STOP_WORDS)) {
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
