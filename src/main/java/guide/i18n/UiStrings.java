package guide.i18n;

import guide.site.Language;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The interface's words, one YAML file per language ({@code templates/i18n/pl.yaml}), as in Hugo.
 * A value is a string; or a map of CLDR plural forms ({@code one}, {@code few}, {@code many},
 * {@code other}; {@code {0}} for the number), chosen with ICU's plural rules of the language, the
 * same rules the browser's {@code Intl.PluralRules} applies; or a map by language code, for words
 * that name another language in this one ("polskim oryginałem"). Every language must define the same
 * keys, and every plural form its rules need: {@link UiStringFiles} reads and checks the files, this class
 * answers for the words once read.
 */
public final class UiStrings {
    /**
     * The keys the Java code reads, through {@link #text}, {@link #plural} and {@link #about}, which refuse any other (else a
     * word added to the code and not here would only be warned of as read by nobody), and the search panel's ({@link SearchPanelWords});
     * every language must define them. Keys templates read are {@code guide.check.UiStringUsageCheck}'s to require; optional {@code aboutUrl} is read via {@link #strings}.
     */
    public static final List<String> USED_BY_BUILDER = Stream.concat(Stream.of("siteName", "tagline", "languageName", "enterSite",
            "translationMissing", "goToHome", "readingTime", "wordCount", "points", "translationOutdated", "translationOutdatedUndated", "readOriginal",
            "allArticles", "allArticlesPage", "allArticlesSummary", "archiveRange", "archiveRangeOne", "archiveUrl", "pageNumber",
            "originalIn", "onlyIn", "affiliateLabel", "outdatedSections", "sectionOutdated", "sectionOutdatedUndated", "readSectionOriginal",
            "originalWhere", "availableIn", "inLanguage", "footnotesTitle", "footnoteBack", "footnoteBackOf", "legalStatus"),
            SearchPanelWords.KEYS.stream()).toList();

    private final Map<String, Map<String, String>> simple;
    private final Map<String, Map<String, Map<String, String>>> plurals;
    private final Map<String, Map<String, Map<String, String>>> byLanguage;
    private final Map<String, Map<String, Integer>> keyLines;
    private final Map<String, Counting> counting;

    UiStrings(Map<String, Map<String, String>> simple, Map<String, Map<String, Map<String, String>>> plurals,
              Map<String, Map<String, Map<String, String>>> byLanguage, Map<String, Map<String, Integer>> keyLines,
              Map<String, Counting> counting) {
        this.simple = simple;
        this.plurals = plurals;
        this.byLanguage = byLanguage;
        this.keyLines = keyLines;
        this.counting = counting;
    }

    /** The line of {@code <lang>.yaml} that defines the key, or 0. */
    public int lineOf(String lang, String key) {
        return keyLines.getOrDefault(lang, Map.of()).getOrDefault(key, 0);
    }

    /** A plain string the builder reads ({@code text("pl", "siteName")}), one of {@link #USED_BY_BUILDER}. */
    public String text(String lang, String key) {
        return strings(lang).get(readByBuilder(key));
    }

    private static String readByBuilder(String key) {
        if (!USED_BY_BUILDER.contains(key)) {
            throw new IllegalArgumentException("the builder reads the UI string '" + key + "', which is not in UiStrings.USED_BY_BUILDER: add it there");
        }
        return key;
    }

    /** Plain strings of one language, for templates (the builder reads its words through {@link #text}). */
    public Map<String, String> strings(String lang) {
        return simple.getOrDefault(lang, Map.of());
    }

    /** Plural strings of one language: key to its forms, for scripts that count at run time. */
    public Map<String, Map<String, String>> pluralForms(String lang) {
        return plurals.getOrDefault(lang, Map.of());
    }

    /** {@code plural("pl", "readingTime", 5)} gives "5 minut czytania", by CLDR's plural rules and number format ("1,240 words"): {@link Counting}. */
    public String plural(String lang, String key, long n) {
        Map<String, String> forms = plurals.getOrDefault(lang, Map.of()).get(readByBuilder(key));
        Objects.requireNonNull(forms, () -> "no plural string '" + key + "' in " + lang);
        return counting.get(lang).text(forms, n);
    }

    /** A number for readers as {@code lang} writes it, as {@link #plural} does ({@link Counting}): "1,240" in English, "12 240" in Polish. */
    public String number(String lang, long n) {
        return counting.get(lang).number(n);
    }

    /** Words about other languages in one language: key to its text per language code ("originalIn" to {"en": "angielskim oryginałem"}). */
    public Map<String, Map<String, String>> aboutLanguages(String lang) {
        return byLanguage.getOrDefault(lang, Map.of());
    }

    /** A word about another language, in this one: {@code about("pl", "originalIn", "en")} gives "angielskim oryginałem". */
    public String about(String lang, String key, String otherLanguage) {
        Map<String, String> texts = byLanguage.getOrDefault(lang, Map.of()).get(readByBuilder(key));
        Objects.requireNonNull(texts, () -> "no per-language string '" + key + "' in " + lang);
        return texts.get(otherLanguage);
    }

    /**
     * These strings with every value, plural forms and words about other languages included, passed
     * through {@code typeset} with its language's code: the build hands templates, page models and
     * scripts words already set in their language's typography, because many of them land where
     * the HTML pass over a page's text never reaches (the {@code <title>}, attributes, the feed, text
     * a script puts into the page). Keys, lines and plural rules stay as they are.
     */
    public UiStrings typeset(BiFunction<String, String, String> typeset) {
        Map<String, Map<String, String>> simpleSet = new LinkedHashMap<>();
        simple.forEach((lang, values) -> simpleSet.put(lang, each(values, value -> typeset.apply(lang, value))));
        Map<String, Map<String, Map<String, String>>> pluralsSet = new LinkedHashMap<>();
        plurals.forEach((lang, byKey) -> pluralsSet.put(lang, each(byKey, forms -> each(forms, value -> typeset.apply(lang, value)))));
        Map<String, Map<String, Map<String, String>>> byLanguageSet = new LinkedHashMap<>();
        byLanguage.forEach((lang, byKey) -> byLanguageSet.put(lang, each(byKey, texts -> each(texts, value -> typeset.apply(lang, value)))));
        return new UiStrings(simpleSet, pluralsSet, byLanguageSet, keyLines, counting);
    }

    /** The map with each value passed through {@code set}, in the same order. */
    private static <V> Map<String, V> each(Map<String, V> values, UnaryOperator<V> set) {
        Map<String, V> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key, set.apply(value)));
        return result;
    }

    /** The keys defined for a language, for checks on templates. */
    public List<String> keys(String lang) {
        List<String> keys = new ArrayList<>(strings(lang).keySet());
        keys.addAll(plurals.getOrDefault(lang, Map.of()).keySet());
        keys.addAll(byLanguage.getOrDefault(lang, Map.of()).keySet());
        return keys;
    }

    /** Loads {@code <dir>/<lang>.yaml} for each language; problems name file, line and key ({@link UiStringFiles}). */
    public static UiStrings load(Path projectDir, Path dir, List<Language> languages, List<Problem> problems) {
        return UiStringFiles.read(projectDir, dir, languages, problems);
    }
}
