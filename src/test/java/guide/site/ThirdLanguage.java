package guide.site;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a third language to a copy of the test site as an editor would (README "Add a language"): its pages from
 * {@code src/test/resources/fixture-CODE/content}, its interface words ({@code fixture-CODE/CODE-strings.yaml} laid over
 * the English file's, so that every key exists), its settings in {@code jbake.properties}, the test authors' words in it,
 * and its names in the Polish and English files. One set-up for every test that needs another language, whatever it
 * tests in it (scripts and slugs, locales, digits). A second one added after it is named in the first's interface words
 * too, in English.
 *
 * @param code     the language's code, as in {@code site.languages}
 * @param settings its {@code site.language.CODE.*} settings, by key ({@code locale}, {@code transliteration})
 * @param authors  the test authors' words in the language
 * @param polish   what the Polish interface calls the language
 * @param english  what the English interface calls it
 */
public record ThirdLanguage(String code, Map<String, String> settings, AuthorWords authors, Names polish, Names english) {
    /** The test authors' words in the language: the designer's role and bio, the editors' name, role and bio. */
    public record AuthorWords(String designerRole, String designerBio, String editorsName, String editorsRole, String editorsBio) {
    }

    /** What one interface calls the language: {@code originalIn}, {@code originalWhere}, {@code onlyIn}, {@code inLanguage}. */
    public record Names(String originalIn, String originalWhere, String onlyIn, String inLanguage) {
        /** Each name under its interface word: the words that name each language of the site, one map each. */
        Map<String, String> byKey() {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("originalIn", originalIn);
            names.put("originalWhere", originalWhere);
            names.put("onlyIn", onlyIn);
            names.put("inLanguage", inLanguage);
            return names;
        }
    }

    /** Adds the language to the copy of the test site in {@code project}. */
    public void addTo(Path project) throws IOException {
        Path fixture = ProjectFixture.projectDir().resolve("src/test/resources/fixture-" + code);
        ProjectFixture.copyTree(fixture.resolve("content"), project.resolve("content"));
        StringBuilder lines = new StringBuilder();
        settings.forEach((key, value) -> lines.append("\nsite.language.").append(code).append('.').append(key).append('=').append(value));
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en," + code)
                + lines + "\n");
        Map<String, Object> strings = load(project.resolve("templates/i18n/en.yaml"));
        // The names of languages (inLanguage...) keep the English file's names of those added before this one.
        load(fixture.resolve(code + "-strings.yaml")).forEach((key, value) -> strings.merge(key, value,
                (under, own) -> english.byKey().containsKey(key) ? laidOver(under, own) : own));
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        Files.writeString(project.resolve("templates/i18n/" + code + ".yaml"), new Yaml(options).dump(strings), StandardCharsets.UTF_8);
        for (String added : addedBefore(project)) {
            Path file = project.resolve("templates/i18n/" + added + ".yaml");
            Map<String, Object> theirs = load(file);
            nameIn(theirs, english);
            Files.writeString(file, new Yaml(options).dump(theirs), StandardCharsets.UTF_8);
        }
        ProjectFiles.save(project, "content/authors.yaml", s -> s
                .replace("    en: \"Web designer\"\n", "    en: \"Web designer\"\n" + entry(quoted(authors.designerRole())))
                .replace("    en: \"She has designed websites for small businesses for ten years.\"\n",
                        "    en: \"She has designed websites for small businesses for ten years.\"\n" + entry(quoted(authors.designerBio())))
                .replace("    en: The test editors\n", "    en: The test editors\n" + entry(authors.editorsName()))
                .replace("    en: \"Editorial team\"\n", "    en: \"Editorial team\"\n" + entry(quoted(authors.editorsRole())))
                .replace("    en: \"The editors check every text.\"\n", "    en: \"The editors check every text.\"\n" + entry(quoted(authors.editorsBio()))));
        name(project, "pl", polish);
        name(project, "en", english);
    }

    /** The languages added to the site before this one, which need its name too: those of site.languages after pl and en. */
    private List<String> addedBefore(Path project) throws IOException {
        String languages = Files.readString(project.resolve("jbake.properties"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("site.languages=")).findFirst().orElseThrow().substring("site.languages=".length());
        return Arrays.stream(languages.split(",")).map(String::strip).filter(l -> !List.of("pl", "en", code).contains(l)).toList();
    }

    /** Adds what a language's interface calls this one to its {@code strings}, under the four keys of {@link Names}. */
    @SuppressWarnings("unchecked")
    private void nameIn(Map<String, Object> strings, Names names) {
        names.byKey().forEach((key, name) -> ((Map<String, Object>) strings.get(key)).put(code, name));
    }

    /** Adds this language's names to the top of their maps in {@code lang}'s interface file, its comments kept. */
    private void name(Path project, String lang, Names names) throws IOException {
        ProjectFiles.save(project, "templates/i18n/" + lang + ".yaml", s -> {
            String named = s;
            for (Map.Entry<String, String> name : names.byKey().entrySet()) {
                named = named.replace(name.getKey() + ":\n", name.getKey() + ":\n  " + code + ": " + name.getValue() + "\n");
            }
            return named;
        });
    }

    private String entry(String value) {
        return "    " + code + ": " + value + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static Object laidOver(Object english, Object own) {
        if (english instanceof Map<?, ?> under && own instanceof Map<?, ?> over) {
            Map<Object, Object> both = new LinkedHashMap<>(under);
            both.putAll(over);
            return both;
        }
        return own;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path yaml) throws IOException {
        return new LinkedHashMap<>((Map<String, Object>) new Yaml().load(Files.readString(yaml, StandardCharsets.UTF_8)));
    }
}
