package guide.i18n;

import guide.site.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The interface's words, one YAML file per language ({@code templates/i18n/pl.yaml}), as in Hugo.
 * A value is a string, or a map of plural forms ({@code one}, {@code few}, {@code many}, {@code other})
 * with {@code {0}} for the number. Every language must define the same keys.
 */
public final class UiStrings {
    /** Strings the builder itself fills in (plurals, notices); templates' own keys are checked elsewhere. */
    public static final List<String> USED_BY_BUILDER = List.of("siteName", "tagline", "languageName", "enterSite",
            "translationMissing", "goToHome", "readingTime", "points", "translationOutdated", "readOriginal", "searchResultsCount",
            "allArticles", "allArticlesPage", "allArticlesSummary", "archiveRange", "archiveRangeOne", "archiveUrl", "pageNumber", "previousPage", "nextPage");
    private final Map<String, Map<String, String>> simple;
    private final Map<String, Map<String, Map<String, String>>> plurals;
    private final Map<String, Map<String, Integer>> keyLines;

    private UiStrings(Map<String, Map<String, String>> simple, Map<String, Map<String, Map<String, String>>> plurals,
                      Map<String, Map<String, Integer>> keyLines) {
        this.simple = simple;
        this.plurals = plurals;
        this.keyLines = keyLines;
    }

    /** The line of {@code <lang>.yaml} that defines the key, or 0. */
    public int lineOf(String lang, String key) {
        return keyLines.getOrDefault(lang, Map.of()).getOrDefault(key, 0);
    }

    /** Plain strings of one language, for templates. */
    public Map<String, String> strings(String lang) {
        return simple.getOrDefault(lang, Map.of());
    }

    /** Plural strings of one language: key to its forms, for scripts that count at run time. */
    public Map<String, Map<String, String>> pluralForms(String lang) {
        return plurals.getOrDefault(lang, Map.of());
    }

    /** {@code plural("pl", "readingTime", 5)} gives "5 minut czytania". */
    public String plural(String lang, String key, long n) {
        Map<String, String> forms = plurals.getOrDefault(lang, Map.of()).get(key);
        Objects.requireNonNull(forms, () -> "no plural string '" + key + "' in " + lang);
        String form = forms.getOrDefault(PluralCategory.of(lang, n).key(), forms.get("other"));
        return form.replace("{0}", Long.toString(n));
    }

    /** Loads {@code <dir>/<lang>.yaml} for each language; problems name file, line and key. */
    public static UiStrings load(Path projectDir, Path dir, List<String> languages, List<Problem> problems) {
        Map<String, Map<String, String>> simple = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, String>>> plurals = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> keyLines = new LinkedHashMap<>();
        for (String lang : languages) {
            Path file = dir.resolve(lang + ".yaml");
            Path shown = projectDir.relativize(file);
            Map<String, String> strings = new LinkedHashMap<>();
            Map<String, Map<String, String>> forms = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            simple.put(lang, strings);
            plurals.put(lang, forms);
            keyLines.put(lang, lines);
            if (!Files.exists(file)) {
                problems.add(new Problem(shown, 0, "UI strings for '" + lang + "' are missing"));
                continue;
            }
            Node root;
            try {
                root = new Yaml(new LoaderOptions()).compose(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (MarkedYAMLException e) {
                problems.add(new Problem(shown, e.getProblemMark().getLine() + 1, "YAML error: " + e.getProblem()));
                continue;
            } catch (IOException e) {
                problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new Problem(shown, 1, "expected key: value lines"));
                continue;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                int line = tuple.getKeyNode().getStartMark().getLine() + 1;
                lines.put(key, line);
                Node value = tuple.getValueNode();
                if (value instanceof ScalarNode scalar) {
                    strings.put(key, scalar.getValue());
                } else if (value instanceof MappingNode pluralNode) {
                    Map<String, String> pluralForms = new LinkedHashMap<>();
                    for (NodeTuple form : pluralNode.getValue()) {
                        pluralForms.put(((ScalarNode) form.getKeyNode()).getValue(), ((ScalarNode) form.getValueNode()).getValue());
                    }
                    if (!pluralForms.containsKey("other")) {
                        problems.add(new Problem(shown, line, "plural string '" + key + "' needs an 'other' form"));
                    }
                    forms.put(key, pluralForms);
                } else {
                    problems.add(new Problem(shown, line, "'" + key + "' must be a string or a map of plural forms"));
                }
            }
        }
        for (String lang : languages) {
            Map<String, Integer> lines = keyLines.get(lang);
            for (String key : USED_BY_BUILDER) {
                if (!lines.isEmpty() && !lines.containsKey(key)) {
                    problems.add(new Problem(projectDir.relativize(dir.resolve(lang + ".yaml")), 0, "UI string '" + key + "' is missing: the builder needs it"));
                }
            }
        }
        TreeSet<String> allKeys = new TreeSet<>();
        keyLines.values().forEach(lines -> allKeys.addAll(lines.keySet()));
        for (String lang : languages) {
            Map<String, Integer> lines = keyLines.get(lang);
            if (lines.isEmpty()) {
                continue;
            }
            for (String key : allKeys) {
                if (!lines.containsKey(key)) {
                    String definedIn = languages.stream().filter(l -> keyLines.get(l).containsKey(key)).findFirst().orElse("?");
                    problems.add(new Problem(projectDir.relativize(dir.resolve(lang + ".yaml")), 0,
                            "UI string '" + key + "' is missing (defined in " + definedIn + ".yaml line " + keyLines.get(definedIn).get(key) + ")"));
                }
            }
        }
        return new UiStrings(simple, plurals, keyLines);
    }

    /** The keys defined for a language, for checks on templates. */
    public List<String> keys(String lang) {
        List<String> keys = new ArrayList<>(strings(lang).keySet());
        keys.addAll(plurals.getOrDefault(lang, Map.of()).keySet());
        return keys;
    }
}
