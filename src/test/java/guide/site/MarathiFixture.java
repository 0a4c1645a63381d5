package guide.site;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a third language whose digits are not Latin to a copy of the test site, as an editor would (README "Add a
 * language"): Marathi, code {@code mr}, locale {@code mr-IN}, whose CLDR numbering system is Devanagari ({@code deva}:
 * "१७" for 17) in ICU4J and in Chromium's {@code Intl} alike. Its content and interface words are
 * {@code src/test/resources/fixture-mr}: a home page, an about page and a quiz of 17 points, the words laid over the
 * English file's.
 */
public final class MarathiFixture {
    private MarathiFixture() {
    }

    /** Adds Marathi, with {@code locale} as its configured locale, to the copy of the test site in {@code project}. */
    public static void addTo(Path project, String locale) throws IOException {
        Path fixture = ProjectFixture.projectDir().resolve("src/test/resources/fixture-mr");
        ProjectFixture.copyTree(fixture.resolve("content"), project.resolve("content"));
        ProjectFiles.edit(project, "jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,mr")
                + "\nsite.language.mr.locale=" + locale + "\n");
        Map<String, Object> strings = load(project.resolve("templates/i18n/en.yaml"));
        strings.putAll(load(fixture.resolve("mr-strings.yaml")));
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        Files.writeString(project.resolve("templates/i18n/mr.yaml"), new Yaml(options).dump(strings), StandardCharsets.UTF_8);
        ProjectFiles.edit(project, "content/authors.yaml", s -> s
                .replace("    en: \"Web designer\"\n", "    en: \"Web designer\"\n    mr: \"Web designer\"\n")
                .replace("    en: \"She has designed websites for small businesses for ten years.\"\n",
                        "    en: \"She has designed websites for small businesses for ten years.\"\n    mr: \"Web designer.\"\n")
                .replace("    en: The test editors\n", "    en: The test editors\n    mr: The test editors\n")
                .replace("    en: \"Editorial team\"\n", "    en: \"Editorial team\"\n    mr: \"Editorial team\"\n")
                .replace("    en: \"The editors check every text.\"\n", "    en: \"The editors check every text.\"\n    mr: \"The editors.\"\n"));
        for (String lang : new String[]{"pl", "en"}) {
            boolean pl = lang.equals("pl");
            ProjectFiles.edit(project, "templates/i18n/" + lang + ".yaml", s -> s
                    .replace("originalIn:\n", "originalIn:\n  mr: " + (pl ? "marathijskim oryginałem" : "the Marathi original") + "\n")
                    .replace("originalWhere:\n", "originalWhere:\n  mr: " + (pl ? "marathijskim oryginale" : "the Marathi original") + "\n")
                    .replace("onlyIn:\n", "onlyIn:\n  mr: " + (pl ? "tylko po marathi" : "available in Marathi only") + "\n")
                    .replace("inLanguage:\n", "inLanguage:\n  mr: " + (pl ? "po marathi" : "in Marathi") + "\n"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path yaml) throws IOException {
        return new LinkedHashMap<>((Map<String, Object>) new Yaml().load(Files.readString(yaml, StandardCharsets.UTF_8)));
    }
}
