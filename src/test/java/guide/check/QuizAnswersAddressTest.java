package guide.check;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The statements a quiz link with a wrong answer is offered are ranked as a broken anchor's sections are. */
class QuizAnswersAddressTest {
    private static final Set<String> QUIZ = Set.of("q-invoices-late", "q-voices", "q-threats", "result");

    /** {@code invoices} was cut short from {@code invoices-late}, not misspelt from {@code voices}, though that is fewer letters away. */
    @Test
    void anAnswerCutShortIsOfferedTheStatementItBegins() {
        assertEquals("quiz answers #a=invoices: pl/q/index.html has no statement invoices (nearest to invoices: invoices-late, voices, threats)",
                QuizAnswersAddress.problem("a=invoices", QUIZ, "pl/q/index.html"));
    }

    @Test
    void everyAnswerTheQuizHasPasses() {
        assertNull(QuizAnswersAddress.problem("a=invoices-late,threats", QUIZ, "pl/q/index.html"));
    }
}
