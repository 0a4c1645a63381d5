package guide.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** For a language without a dictionary or stemmer here: a word's key is its folded form. */
final class FoldingAnalysis implements LanguageAnalysis {
    /** One is enough: it holds nothing. */
    static final FoldingAnalysis INSTANCE = new FoldingAnalysis();

    private FoldingAnalysis() {
    }

    @Override
    public List<String> keys(String word) {
        return List.of(Folding.fold(word));
    }

    @Override
    public Map<String, Set<String>> typedForms(Collection<String> corpusWords) {
        Map<String, Set<String>> forms = new TreeMap<>();
        for (String word : corpusWords) {
            String folded = Folding.fold(word);
            forms.computeIfAbsent(folded, f -> new TreeSet<>()).add(folded);
        }
        return forms;
    }

    @Override
    public Set<String> stopWords() {
        return Set.of();
    }
}
