package guide.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The words the search panel says (its statuses, counts and "Show more"), which the build writes into each language's
 * {@code /<lang>/search/meta.json}: the panel fetches that file as it opens, so the words travel with it rather than on
 * every page, and a page carries only what a reader who never opens search needs (the button, the field's label and
 * placeholder, stay on the page: they show before the panel's script has loaded). Each key of
 * {@code templates/i18n/*.yaml} goes under the name {@code assets/js/search-panel.js} reads; the builder reads these keys,
 * so they are among {@link UiStrings#USED_BY_BUILDER}, which every language must define.
 */
public final class SearchPanelWords {
    /** Plain words: the i18n key, then the panel's name for it. */
    private static final List<List<String>> TEXTS = List.of(List.of("searchNoResults", "noResults"), List.of("searchKeepTyping", "keepTyping"),
            List.of("searchNoWords", "noWords"), List.of("searchBegunOnly", "begunOnly"), List.of("searchCorrected", "corrected"),
            List.of("searchPhrase", "phrase"), List.of("searchPhraseChecked", "phraseChecked"), List.of("searchShowMore", "showMore"));
    /** Words counted in the browser, by {@code Intl.PluralRules}: their plural forms, under the panel's name. */
    private static final List<List<String>> PLURALS = List.of(List.of("searchResultsCount", "count"), List.of("searchOnlyWord", "only"),
            List.of("searchPhraseNone", "phraseNone"));
    /** The i18n keys the panel's words come from. */
    public static final List<String> KEYS = Stream.concat(TEXTS.stream(), PLURALS.stream()).map(pair -> pair.get(0)).toList();

    private SearchPanelWords() {
    }

    /** One language's words, as meta.json holds them: {@code {"count": {"one": "{0} result", …}, "keepTyping": "Keep typing…", …}}. */
    public static Map<String, Object> of(UiStrings ui, String lang) {
        Map<String, Object> words = new TreeMap<>();
        // A word missing from a language's file stops the build (UiStrings); one written as the other kind is still said.
        TEXTS.forEach(pair -> {
            String text = ui.text(lang, pair.get(0));
            if (text != null) {
                words.put(pair.get(1), text);
            }
        });
        PLURALS.forEach(pair -> {
            Map<String, String> forms = ui.pluralForms(lang).get(pair.get(0));
            String text = ui.strings(lang).get(pair.get(0));
            if (forms != null || text != null) {
                words.put(pair.get(1), new TreeMap<>(forms != null ? forms : Map.of("other", text)));
            }
        });
        return words;
    }

    /** Every language's words, by its code. */
    public static Map<String, Map<String, Object>> byLanguage(UiStrings ui, List<String> languages) {
        Map<String, Map<String, Object>> words = new LinkedHashMap<>();
        languages.forEach(lang -> words.put(lang, of(ui, lang)));
        return words;
    }
}
