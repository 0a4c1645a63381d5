package guide.browser;

import guide.site.ProjectFixture;
import guide.site.ThirdLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        new ThirdLanguage("pt", Map.of("locale", "pt-PT"),
                new ThirdLanguage.AuthorWords("Web designer", "Cria sites há dez anos.", "A redação de teste", "Redação", "A redação revê cada texto."),
                new ThirdLanguage.Names("portugalskim oryginałem", "portugalskim oryginale", "tylko po portugalsku", "po portugalsku"),
                new ThirdLanguage.Names("the Portuguese original", "the Portuguese original", "available in Portuguese only", "in Portuguese"))
                .addTo(project);
        Path fixture = ProjectFixture.projectDir().resolve("src/test/resources/fixture-pt");
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
}
