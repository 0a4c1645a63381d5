package guide.search;

import com.ibm.icu.util.ULocale;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linguistics of one language, done at build time: the index keys a word of the text stands
 * for (a lemma, a stem), and every form a reader may type for those keys, so that the browser
 * only has to look a folded word up in a table to reach the same keys.
 */
public interface LanguageAnalysis {

    /** The folded keys of a word as written in a text; empty for a stop word. */
    List<String> keys(String word);

    /**
     * For the words that occur in the language's pages: every folded form a reader may type that
     * stands for one of their keys, with those keys.
     */
    Map<String, Set<String>> typedForms(Collection<String> corpusWords);

    /** Folded stop words: not indexed, and ignored in a query. */
    Set<String> stopWords();

    /**
     * The analysis for a language, by its locale's language: Polish has a dictionary, English a stemmer and the regular
     * inflections, a language Lucene has a Snowball stemmer for (German, French, Russian, …) that stemmer, and any other
     * language folding only (Ukrainian, for one).
     */
    static LanguageAnalysis forLocale(ULocale locale) {
        return switch (locale.getLanguage()) {
            case "pl" -> PolishAnalysis.get();
            case "en" -> EnglishAnalysis.get();
            default -> SnowballAnalysis.forLocale(locale).<LanguageAnalysis>map(a -> a).orElse(FoldingAnalysis.INSTANCE);
        };
    }

    /** {@link #forLocale} for a language code that is also the locale's language ("pl", "de"), as in tests. */
    static LanguageAnalysis forLanguage(String lang) {
        return forLocale(new ULocale(lang));
    }
}
