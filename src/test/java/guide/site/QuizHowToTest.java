package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz on another subject than the guide's writes its own instruction in its intro, a paragraph ending {@code {#how-to}}:
 * its page shows it where the interface's ("Tick every statement that fits this client") would be, followed by the
 * interface's sentence on the live score, and not in the intro. It is text to translate like the rest of the page: a
 * translation that still has the source's words is warned of at its line.
 */
class QuizHowToTest {
    private static final String PL = "content/pl/test-klienta.md";
    private static final String EN = "content/en/client-quiz.md";
    private static final String PL_HOW_TO = "Zaznacz każde zdanie, które pasuje do tego zlecenia.";

    @TempDir
    Path project;

    @Test
    void aQuizsOwnInstructionIsShownInsteadOfTheInterfacesAndIsTranslatable() throws Exception {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, PL, s -> s.replace("## 1. Płatności", PL_HOW_TO + " {#how-to}\n\n## 1. Płatności"));
        ProjectFiles.save(project, EN, s -> s.replace("## 1. Payments", PL_HOW_TO + " {#how-to}\n\n## 1. Payments"));
        BuildReport build = new SiteBuilder(project).build(project.resolve("target/site"));
        Document pl = page("pl/test-klienta/index.html");
        assertEquals(PL_HOW_TO + " Wynik liczy się na bieżąco, a odpowiedzi nie opuszczają twojej przeglądarki.",
                pl.selectFirst("[data-quiz-howto]").text());
        assertFalse(pl.selectFirst("[data-prose]").text().contains(PL_HOW_TO), "the instruction is not repeated in the intro");
        assertNull(pl.getElementById("how-to"), "its mark is no element's id");
        assertTrue(page("en/client-quiz/index.html").selectFirst("[data-quiz-howto]").text().startsWith(PL_HOW_TO + " The score updates"));
        assertEquals(List.of(EN + ":" + ProjectFiles.lineOf(project, EN, "{#how-to}") + ": warning: 1 of 9 passages of the text is still copied"
                + " word for word from its source, " + PL + ": translate it, or keep the page a draft (status=draft) until then"), build.warnings(),
                "the English quiz's instruction is still Polish");
    }

    /**
     * A second Polish quiz, on projects, written without its own instruction would tell its readers to tick what fits "this
     * client": both quizzes are named, at the line where the intro starts, until the new one writes its own.
     */
    @Test
    void aSecondQuizWithoutItsOwnInstructionIsWarnedOf() throws Exception {
        ProjectFixture.copyProject(project);
        String projects = "content/pl/test-zlecenia.md";
        Files.writeString(project.resolve(projects), Files.readString(project.resolve(PL), StandardCharsets.UTF_8)
                .replace("translationKey=client-quiz", "translationKey=project-quiz").replace("title=Test: czy to dobry klient?",
                        "title=Test: czy przyjąć to zlecenie?"), StandardCharsets.UTF_8);
        BuildReport build = new SiteBuilder(project).build(project.resolve("target/site"));
        String why = " write no instruction of their own, so both show the interface's instruction (quizHowTo in templates/i18n/pl.yaml),"
                + " which is written for one quiz only: keep it for the quiz it fits and give the other its own, a paragraph of the intro in Polish"
                + " that says what to tick and ends with {#how-to}, as in: … {#how-to}";
        assertEquals(List.of(PL + ":9: warning: this quiz and " + projects + why, projects + ":9: warning: this quiz and " + PL + why),
                build.warnings());
        ProjectFiles.save(project, projects, s -> s.replace("## 1. Płatności", "Zaznacz każde zdanie, które pasuje do tego zlecenia."
                + " {#how-to}\n\n## 1. Płatności"));
        assertEquals(List.of(), new SiteBuilder(project).build(project.resolve("target/site")).warnings(),
                "one quiz left without its own: the interface's instruction is that quiz's");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(project.resolve("target/site").resolve(path), StandardCharsets.UTF_8));
    }
}
