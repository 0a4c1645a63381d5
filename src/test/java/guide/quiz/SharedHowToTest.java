package guide.quiz;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static guide.quiz.TestQuizzes.CHECKLIST;
import static guide.quiz.TestQuizzes.quiz;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A second quiz of a language without its own instruction would tell its readers about "this client": each such quiz is
 * named, at its intro's line; one alone, a quiz with its own instruction, a translation and an article are not.
 */
class SharedHowToTest {
    private static final String BODY = "Check your client.\n\n" + CHECKLIST;
    private static final String OWN = BODY.replace("Check your client.", "Check your client.\n\nTick what fits this project. {#how-to}");
    private static final String ADVICE = " the interface's instruction (quizHowTo in templates/i18n/pl.yaml), which is written for one quiz only:"
            + " keep it for the quiz it fits and give ";
    private static final String EXAMPLE = ", a paragraph of the intro in Polish that says what to tick and ends with {#how-to}, as in: … {#how-to}";

    private static List<String> warnings(ContentDocument... published) {
        return SharedHowTo.warnings(List.of(published), "pl").stream().map(Problem::toString).toList();
    }

    @Test
    void oneQuizWithoutItsOwnInstructionIsFine() {
        assertEquals(List.of(), warnings(quiz("pl", "test", "quiz", BODY), quiz("pl", "inny", "other", OWN),
                TestDocument.article("pl", "post").body("Text.\n").build()));
    }

    @Test
    void twoQuizzesOfALanguageWithoutTheirOwnAreEachNamedAtTheirIntro() {
        ContentDocument first = quiz("pl", "test", "quiz", BODY);
        int line = first.frontMatter().bodyStartLine();
        assertEquals(List.of(
                "content/pl/test.md:" + line + ": warning: this quiz and content/pl/zlecenie.md write no instruction of their own, so both show"
                        + ADVICE + "the other its own" + EXAMPLE,
                "content/pl/zlecenie.md:" + line + ": warning: this quiz and content/pl/test.md write no instruction of their own, so both show"
                        + ADVICE + "the other its own" + EXAMPLE),
                warnings(first, quiz("pl", "zlecenie", "job", BODY), quiz("en", "quiz", "quiz", BODY)));
    }

    @Test
    void threeAreNamedWithTheOthers() {
        List<String> found = warnings(quiz("pl", "a", "a", BODY), quiz("pl", "b", "b", BODY), quiz("pl", "c", "c", BODY));
        assertEquals(3, found.size(), found.toString());
        assertEquals("content/pl/a.md:" + quiz("pl", "a", "a", BODY).frontMatter().bodyStartLine()
                + ": warning: this quiz, content/pl/b.md and content/pl/c.md write no instruction of their own, so all show"
                + ADVICE + "the others their own" + EXAMPLE, found.get(0));
    }

    /** A translation follows its source (a missing instruction there is an error of its own); a quiz first written in English counts for English. */
    @Test
    void translationsDoNotCountAndAQuizOnlyInAnotherLanguageCountsForIt() {
        assertEquals(List.of(), warnings(quiz("pl", "test", "quiz", OWN), quiz("en", "quiz", "quiz", BODY), quiz("en", "only", "only", OWN)));
        List<String> english = warnings(quiz("pl", "test", "quiz", OWN), quiz("en", "quiz", "quiz", BODY), quiz("en", "only", "only", BODY),
                quiz("en", "more", "more", BODY));
        assertEquals(List.of("content/en/only.md", "content/en/more.md"), english.stream().map(w -> w.substring(0, w.indexOf(':'))).toList());
        assertEquals(true, english.get(0).contains("(quizHowTo in templates/i18n/en.yaml)"), english.get(0));
        assertEquals(true, english.get(0).endsWith("a paragraph of the intro in English that says what to tick and ends with {#how-to}, as in: … {#how-to}"),
                english.get(0));
    }
}
