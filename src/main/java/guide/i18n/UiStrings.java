package guide.i18n;

import guide.site.Language;
import guide.site.Problem;
import guide.site.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The interface's words, one YAML file per language ({@code templates/i18n/pl.yaml}), as in Hugo.
 * A value is a string; or a map of CLDR plural forms ({@code one}, {@code few}, {@code many},
 * {@code other}; {@code {0}} for the number), chosen with ICU's plural rules of the language, the
 * same rules the browser's {@code Intl.PluralRules} applies; or a map by language code, for words
 * that name another language in this one ("polskim oryginałem"). Every language must define the same
 * keys, and every plural form its rules need.
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
    /** Strings the builder fills in, and what each must hold for it: the language switch names the language it has no page in. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("translationMissing",
            "{0}: where the other language's name goes, in inLanguage's words (\"This page is not available {0} yet.\")",
            "quizTotal", "{total}: where the sum of the ticked points goes on a quiz read without JavaScript (\"Your total so far: {total} of {max}\")");
    private static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final Map<String, Map<String, String>> simple;
    private final Map<String, Map<String, Map<String, String>>> plurals;
    private final Map<String, Map<String, Map<String, String>>> byLanguage;
    private final Map<String, Map<String, Integer>> keyLines;
    private final Map<String, Counting> counting;

    private UiStrings(Map<String, Map<String, String>> simple, Map<String, Map<String, Map<String, String>>> plurals,
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

    /** Loads {@code <dir>/<lang>.yaml} for each language; problems name file, line and key. */
    public static UiStrings load(Path projectDir, Path dir, List<Language> languages, List<Problem> problems) {
        Loader loader = new Loader(projectDir, dir, languages, problems);
        for (Language language : languages) {
            loader.read(language);
        }
        loader.checkSameKeys();
        SamePlaceholders.check(loader.codes, loader.placeholders(), loader.keyLines, loader::shown, problems);
        return new UiStrings(loader.simple, loader.plurals, loader.byLanguage, loader.keyLines, loader.counting);
    }

    /** Reads and checks the files, one language at a time. */
    private static final class Loader {
        private final Path projectDir;
        private final Path dir;
        private final List<Language> languages;
        final List<String> codes;
        private final List<Problem> problems;
        final Map<String, Map<String, String>> simple = new LinkedHashMap<>();
        final Map<String, Map<String, Map<String, String>>> plurals = new LinkedHashMap<>();
        final Map<String, Map<String, Map<String, String>>> byLanguage = new LinkedHashMap<>();
        final Map<String, Map<String, Integer>> keyLines = new LinkedHashMap<>();
        final Map<String, Counting> counting = new LinkedHashMap<>();

        Loader(Path projectDir, Path dir, List<Language> languages, List<Problem> problems) {
            this.projectDir = projectDir;
            this.dir = dir;
            this.languages = languages;
            this.codes = languages.stream().map(Language::code).toList();
            this.problems = problems;
        }

        void read(Language language) {
            String lang = language.code();
            counting.put(lang, new Counting(language.locale()));
            simple.put(lang, new LinkedHashMap<>());
            plurals.put(lang, new LinkedHashMap<>());
            byLanguage.put(lang, new LinkedHashMap<>());
            keyLines.put(lang, new LinkedHashMap<>());
            Path shown = shown(lang);
            Path file = dir.resolve(lang + ".yaml");
            if (!Files.exists(file)) {
                problems.add(new Problem(shown, 0, "UI strings for '" + lang + "' are missing: copy another language's file and translate it"));
                return;
            }
            Node root;
            try {
                root = new Yaml(new LoaderOptions()).compose(new StringReader(Utf8Text.read(file)));
            } catch (MarkedYAMLException e) {
                problems.add(new Problem(shown, e.getProblemMark().getLine() + 1, "YAML error: " + e.getProblem()));
                return;
            } catch (IOException e) {
                problems.add(Utf8Text.problem(shown, e));
                return;
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new Problem(shown, 1, "expected key: value lines"));
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                keyLines.get(lang).put(key, line);
                value(language, key, line, tuple.getValueNode());
            }
            for (String key : USED_BY_BUILDER) {
                if (!keyLines.get(lang).containsKey(key)) {
                    problems.add(new Problem(shown, 0, "UI string '" + key + "' is missing: the builder needs it"));
                }
            }
            PLACEHOLDERS.forEach((key, what) -> {
                String value = simple.get(lang).get(key);
                if (value != null && !value.contains(what.substring(0, what.indexOf(':')))) {
                    problems.add(new Problem(shown, keyLines.get(lang).get(key), "'" + key + "' needs " + what));
                }
            });
        }

        private void value(Language language, String key, int line, Node value) {
            String lang = language.code();
            if (value instanceof ScalarNode scalar) {
                simple.get(lang).put(key, scalar.getValue());
                return;
            }
            if (!(value instanceof MappingNode map) || !map.getValue().stream().allMatch(t -> t.getValueNode() instanceof ScalarNode)) {
                problems.add(new Problem(shown(lang), line, "'" + key + "' must be a string, a map of plural forms or a map by language"));
                return;
            }
            Map<String, String> forms = new LinkedHashMap<>();
            map.getValue().forEach(t -> forms.put(((ScalarNode) t.getKeyNode()).getValue(), ((ScalarNode) t.getValueNode()).getValue()));
            if (CATEGORIES.containsAll(forms.keySet())) {
                checkPluralForms(language, key, line, forms);
                plurals.get(lang).put(key, forms);
            } else if (codes.containsAll(forms.keySet())) {
                for (String code : codes) {
                    if (!forms.containsKey(code)) {
                        problems.add(new Problem(shown(lang), line, "'" + key + "' has no text for '" + code + "' (one per language of site.languages)"));
                    }
                }
                byLanguage.get(lang).put(key, forms);
            } else {
                problems.add(new Problem(shown(lang), line, "'" + key + "' mixes keys: use plural forms (" + String.join(", ", CATEGORIES)
                        + ") or language codes (" + String.join(", ", codes) + ")"));
            }
        }

        /** Every form a whole number can take in the language, and 'other' as the fallback ({@link Counting#missing}). */
        private void checkPluralForms(Language language, String key, int line, Map<String, String> forms) {
            counting.get(language.code()).missing(forms).forEach((keyword, examples) -> problems.add(new Problem(shown(language.code()), line,
                    "plural string '" + key + "' lacks the '" + keyword + "' form " + language.englishName() + " needs" + examples)));
        }

        void checkSameKeys() {
            TreeSet<String> allKeys = new TreeSet<>();
            keyLines.values().forEach(lines -> allKeys.addAll(lines.keySet()));
            for (String lang : codes) {
                Map<String, Integer> lines = keyLines.get(lang);
                if (lines.isEmpty()) {
                    continue;
                }
                for (String key : allKeys) {
                    if (!lines.containsKey(key)) {
                        String definedIn = codes.stream().filter(l -> keyLines.get(l).containsKey(key)).findFirst().orElse("?");
                        problems.add(new Problem(shown(lang), 0, "UI string '" + key + "' is missing (defined in " + definedIn + ".yaml line "
                                + keyLines.get(definedIn).get(key) + "): add " + key + ": to this file, with its text in this file's language"));
                    }
                }
            }
        }

        /** Language code to key to the placeholders of all its texts (words about other languages have none to fill in). */
        Map<String, Map<String, Set<String>>> placeholders() {
            Map<String, Map<String, Set<String>>> found = new LinkedHashMap<>();
            for (String lang : codes) {
                Map<String, Set<String>> byKey = new LinkedHashMap<>();
                simple.get(lang).forEach((key, text) -> byKey.put(key, SamePlaceholders.in(List.of(text))));
                plurals.get(lang).forEach((key, forms) -> byKey.put(key, SamePlaceholders.in(forms.values())));
                found.put(lang, byKey);
            }
            return found;
        }

        private Path shown(String lang) {
            return projectDir.relativize(dir.resolve(lang + ".yaml"));
        }
    }
}
