package guide.browser;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quiz's script writes numbers and plural forms for the language's configured locale, as the build does, not for its bare
 * code. A third language, Portuguese, has the code {@code pt} and the locale {@code pt-PT} ({@code src/test/resources/fixture-pt}):
 * CLDR's {@code pt} (Brazil) says "0 ponto" and groups 1.000, European Portuguese says "0 pontos" and writes 1000 (it groups
 * from 10 000). The script took {@code pt} from the page and wrote "1.000 pontos de 1.010" and "0 ponto de 10" beside the
 * build's table "1000–1010 pontos". The quiz's statements are the test's own: a hundred of 10 points reach 1000.
 */
class QuizLocaleBrowserTest extends PreviewBrowserTest {

    @BeforeAll
    static void serve() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path fixture = ProjectFixture.projectDir().resolve("src/test/resources/fixture-pt");
        ProjectFixture.copyTree(fixture.resolve("content"), project.resolve("content"));
        ProjectFiles.edit(project, "jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,pt")
                + "\nsite.language.pt.locale=pt-PT\n");
        Map<String, Object> strings = load(project.resolve("templates/i18n/en.yaml"));
        strings.putAll(load(fixture.resolve("pt-strings.yaml")));
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        Files.writeString(project.resolve("templates/i18n/pt.yaml"), new Yaml(options).dump(strings), StandardCharsets.UTF_8);
        ProjectFiles.edit(project, "content/authors.yaml", s -> s
                .replace("    en: \"Web designer\"\n", "    en: \"Web designer\"\n    pt: \"Web designer\"\n")
                .replace("    en: \"She has designed websites for small businesses for ten years.\"\n",
                        "    en: \"She has designed websites for small businesses for ten years.\"\n    pt: \"Cria sites há dez anos.\"\n")
                .replace("    en: The test editors\n", "    en: The test editors\n    pt: A redação de teste\n")
                .replace("    en: \"Editorial team\"\n", "    en: \"Editorial team\"\n    pt: \"Redação\"\n")
                .replace("    en: \"The editors check every text.\"\n", "    en: \"The editors check every text.\"\n    pt: \"A redação revê cada texto.\"\n"));
        for (String lang : new String[]{"pl", "en"}) {
            String in = lang.equals("pl") ? "po portugalsku" : "in Portuguese";
            String original = lang.equals("pl") ? "portugalskim oryginałem" : "the Portuguese original";
            ProjectFiles.edit(project, "templates/i18n/" + lang + ".yaml", s -> s.replace("originalIn:\n", "originalIn:\n  pt: " + original + "\n")
                    .replace("originalWhere:\n", "originalWhere:\n  pt: " + original + "\n")
                    .replace("onlyIn:\n", "onlyIn:\n  pt: " + (lang.equals("pl") ? "tylko po portugalsku" : "available in Portuguese only") + "\n")
                    .replace("inLanguage:\n", "inLanguage:\n  pt: " + in + "\n"));
        }
        StringBuilder quiz = new StringBuilder("\n## 1. Pagamentos {#payments}\n\n");
        for (int i = 0; i < 100; i++) {
            quiz.append("- [ ] O cliente pagou a fatura ").append(i).append(" com atraso. {#s").append(i).append(" points=10}\n");
        }
        quiz.append("""

                ## 2. Comunicação {#communication}

                - [ ] O cliente não responde. {#silent points=10}

                ## Resultado {#results}

                ### Sem sinais de alerta {#calm points=0-99}

                Continue a acompanhar os prazos.

                ### Fale com o cliente {#talk points=100-999}

                Combine as regras por escrito.

                ### Termine a colaboração {#exit points=1000-1010}

                Comece pela fatura do trabalho feito.
                """);
        Files.writeString(project.resolve("content/pt/teste-do-cliente.md"), quiz.insert(0, Files.readString(
                fixture.resolve("content/pt/teste-do-cliente.md"), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        browse(project);
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theScriptWritesNumbersAndPluralsAsTheConfiguredLocaleDoes() throws IOException {
        chrome.get(base + "/pt/teste-do-cliente/#a=" + IntStream.range(0, 100).mapToObj(i -> "s" + i).collect(Collectors.joining(",")));
        assertAll(() -> assertEquals("1000–1010 pontos", text("tr#band-exit .quiz-range"), "the build's range (ICU4J, pt-PT), for comparison"),
                () -> assertEquals("1000 pontos de 1010", text("[data-quiz-score]"), "the score, as pt-PT writes it"),
                () -> assertEquals("0 pontos de 10", text(".quiz-breakdown li:last-child .quiz-breakdown-score"), "pt-PT's plural form of 0"));
        js("document.getElementById('result').scrollIntoView()");
        screenshot("pt-quiz-locale-1280");
    }

    private static String text(String selector) {
        return chrome.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path yaml) throws IOException {
        return new LinkedHashMap<>((Map<String, Object>) new Yaml().load(Files.readString(yaml, StandardCharsets.UTF_8)));
    }
}
