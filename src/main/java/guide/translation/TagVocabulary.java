package guide.translation;

import guide.content.ContentDocument;
import guide.site.LanguageVariants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each language's tags: those its published pages have by choice, with how many pages have each. A page has its tags by
 * choice when it was written in that language, when its source is gone, or when it is a translation whose tag list is not
 * its source's: a list still its source's, tag for tag, is a copy ({@code ./guide translate} and the XLIFF import write one),
 * which says nothing of the language's words, and two such copies would otherwise vouch for each other. A draft's tags do
 * not count, nor do those of a page copied from another language's translation. {@link CopiedTags} offers these tags to a new translation, and {@link UntranslatedTags} names a copied tag
 * that is none of them, so both tools agree on what a language's tags are.
 */
public final class TagVocabulary {
    /** The most tags {@link #advice} lists, most used first. */
    static final int SHOWN = 12;

    private final Map<String, Map<String, Integer>> byLanguage;

    private TagVocabulary(Map<String, Map<String, Integer>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The tags of the report's published pages, by language. */
    public static TagVocabulary of(TranslationReport report) {
        Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
        for (TranslationState state : report.all()) {
            ContentDocument doc = state.document();
            // A page copied from another language's translation (its stamp's to= names that language) has that one's tags.
            if (doc != null && !doc.draft() && !copiedList(state) && !state.copied()) {
                doc.tags().forEach(tag -> byLanguage.computeIfAbsent(state.lang(), lang -> new TreeMap<>()).merge(tag, 1, Integer::sum));
            }
        }
        return new TagVocabulary(byLanguage);
    }

    /**
     * True for a translation (with a page) whose tags are its source's, in any order; not for a regional variant of its
     * source's language ({@link LanguageVariants}: an American page keeps its British source's English tags by right).
     */
    static boolean copiedList(TranslationState state) {
        ContentDocument source = state.source();
        return source != null && state.document() != source && !LanguageVariants.areVariants(state.lang(), source.lang())
                && Set.copyOf(state.document().tags()).equals(Set.copyOf(source.tags()));
    }

    /** True when a page of {@code lang} has {@code tag} by choice. */
    public boolean has(String lang, String tag) {
        return byLanguage.getOrDefault(lang, Map.of()).containsKey(tag);
    }

    /**
     * The language's tags to choose from, for a message: "English pages use: clients, freelancing, …" (most used first, then
     * by name; at most {@value #SHOWN}), or "no English page has tags of its own yet".
     *
     * @param name the language's English name
     */
    public String advice(String lang, String name) {
        Map<String, Integer> used = byLanguage.getOrDefault(lang, Map.of());
        List<String> common = new ArrayList<>(used.keySet()); // by name (a TreeMap's); sorted stably, most used first
        common.sort(Comparator.comparing(used::get, Comparator.reverseOrder()));
        return common.isEmpty() ? "no " + name + " page has tags of its own yet"
                : name + " pages use: " + String.join(", ", common.subList(0, Math.min(SHOWN, common.size()))) + (common.size() > SHOWN ? ", …" : "");
    }
}
