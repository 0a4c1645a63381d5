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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks the interface words' files, {@code templates/i18n/<lang>.yaml}, one language at a time, into
 * {@link UiStrings}: the YAML must be a map of keys, a value a string, a map of plural forms or a map by language code;
 * every plural form the language's CLDR rules need must be there, every word the builder reads
 * ({@link UiStrings#USED_BY_BUILDER}), every key of the other languages' files and the placeholders the first
 * language's texts have. Each gap is a problem naming the file, the line and the key; what was read is kept, so one
 * build names all of them. {@link UiStrings} itself only answers for the words once read.
 */
final class UiStringFiles {
    /** Strings the builder fills in, and what each must hold for it: the language switch names the language it has no page in. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("translationMissing",
            "{0}: where the other language's name goes, in inLanguage's words (\"This page is not available {0} yet.\")",
            "quizTotal", "{total}: where the sum of the ticked points goes on a quiz read without JavaScript (\"Your total so far: {total} of {max}\")");
    private static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final Path projectDir;
    private final Path dir;
    private final List<String> codes;
    private final List<Problem> problems;
    private final Map<String, Map<String, String>> simple = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> plurals = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> byLanguage = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> keyLines = new LinkedHashMap<>();
    private final Map<String, Counting> counting = new LinkedHashMap<>();

    private UiStringFiles(Path projectDir, Path dir, List<Language> languages, List<Problem> problems) {
        this.projectDir = projectDir;
        this.dir = dir;
        this.codes = languages.stream().map(Language::code).toList();
        this.problems = problems;
    }

    /** Reads {@code <dir>/<lang>.yaml} for each language; problems name file, line and key. */
    static UiStrings read(Path projectDir, Path dir, List<Language> languages, List<Problem> problems) {
        UiStringFiles files = new UiStringFiles(projectDir, dir, languages, problems);
        for (Language language : languages) {
            files.read(language);
        }
        files.checkSameKeys();
        SamePlaceholders.check(files.codes, files.placeholders(), files.keyLines, files::shown, problems);
        return new UiStrings(files.simple, files.plurals, files.byLanguage, files.keyLines, files.counting);
    }

    private void read(Language language) {
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
        for (String key : UiStrings.USED_BY_BUILDER) {
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

    private void checkSameKeys() {
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
    private Map<String, Map<String, Set<String>>> placeholders() {
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
