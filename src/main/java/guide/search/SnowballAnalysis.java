package guide.search;

import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.tartarus.snowball.SnowballStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language without a dictionary here but with one of Lucene's Snowball stemmers (German, French,
 * Russian, Spanish and twenty more): a word's key is its stem ("Rechnungen" and "Rechnung" are both
 * "rechnung"), and its stop words are Lucene's list for the language where Lucene has one. The browser
 * has no stemmer, so the forms a reader may type are the words the pages use and the stems themselves
 * (often a word: "rechnung"); a form no page uses and that is no stem is not found. English has more
 * ({@link EnglishAnalysis}); Polish has a dictionary ({@link PolishAnalysis}).
 */
final class SnowballAnalysis implements LanguageAnalysis {
    private static final String STEMMERS = "org.tartarus.snowball.ext.";
    private static final String STOP_WORDS = "/org/apache/lucene/analysis/snowball/%s_stop.txt";
    private static final Map<String, Optional<SnowballAnalysis>> BY_NAME = new ConcurrentHashMap<>();

    private final ThreadLocal<SnowballStemmer> stemmer;
    private final Set<String> stopWords;
    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();

    private SnowballAnalysis(Class<? extends SnowballStemmer> type, Set<String> stopWords) {
        this.stemmer = ThreadLocal.withInitial(() -> newStemmer(type));
        this.stopWords = stopWords;
    }

    /**
     * The analysis for a locale's language if Lucene has a Snowball stemmer for it, named as CLDR names it in English: one per
     * language and JVM, which remembers the keys of the words it has seen.
     */
    static Optional<SnowballAnalysis> forLocale(ULocale locale) {
        String name = stemmerName(locale);
        return name.isEmpty() ? Optional.empty() : BY_NAME.computeIfAbsent(name, SnowballAnalysis::load);
    }

    /** A new analysis for a locale's language, remembering nothing yet, if Lucene has a Snowball stemmer for it. */
    static Optional<SnowballAnalysis> of(ULocale locale) {
        String name = stemmerName(locale);
        return name.isEmpty() ? Optional.empty() : load(name);
    }

    private static String stemmerName(ULocale locale) {
        return locale.getDisplayLanguage(ULocale.ENGLISH).split("[^A-Za-z]+")[0];
    }

    private static Optional<SnowballAnalysis> load(String name) {
        try {
            Class<? extends SnowballStemmer> type = Class.forName(STEMMERS + name + "Stemmer").asSubclass(SnowballStemmer.class);
            return Optional.of(new SnowballAnalysis(type, stopWords(name)));
        } catch (ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Set<String> stopWords(String name) {
        Set<String> folded = new TreeSet<>();
        try (InputStream in = SnowballAnalysis.class.getResourceAsStream(String.format(STOP_WORDS, name.toLowerCase(Locale.ROOT)))) {
            if (in != null) {
                CharArraySet words = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (Object word : words) {
                    folded.add(Folding.fold(new String((char[]) word)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(folded);
    }

    private static SnowballStemmer newStemmer(Class<? extends SnowballStemmer> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make Lucene's " + type.getSimpleName(), e instanceof InvocationTargetException i ? i.getCause() : e);
        }
    }

    @Override
    public List<String> keys(String word) {
        return keys.computeIfAbsent(word, w -> stopWords.contains(Folding.fold(w)) ? List.of() : List.of(stem(w)));
    }

    /** The folded stem of a word: the stemmer reads it lowercase with its diacritics, as the language writes it. */
    private String stem(String word) {
        SnowballStemmer s = stemmer.get();
        s.setCurrent(word.replaceAll("[-\u2010\u2011]", "").toLowerCase(Locale.ROOT));
        s.stem();
        return Folding.fold(s.getCurrent());
    }

    @Override
    public Map<String, Set<String>> typedForms(Collection<String> corpusWords) {
        Map<String, Set<String>> forms = new TreeMap<>();
        for (String word : corpusWords) {
            for (String key : keys(word)) {
                forms.computeIfAbsent(Folding.fold(word), f -> new TreeSet<>()).add(key);
                forms.computeIfAbsent(key, f -> new TreeSet<>()).add(key);
            }
        }
        return forms;
    }

    @Override
    public Set<String> stopWords() {
        return stopWords;
    }
}
