package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A printed result (the real quizzes, Chromium's PDF, JavaScript on) carries the way back to its answers: its address,
 * the share link with {@code #a=…}, for the reader of the printout to reopen it; a blank printout has none. The note on adding
 * up points by hand prints on a blank sheet, not above a result already worked out. The PDFs are
 * kept in target/screenshots for people to look at.
 */
class PrintedResultBrowserTest extends PreviewBrowserTest {

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    /** The printed text (white space dropped, as PrintedPages reads it) of {@code path}, its PDF kept as {@code name}.pdf. */
    private static String printed(String path, String name) throws Exception {
        chrome.get("about:blank");
        chrome.get(base + path);
        byte[] pdf = PrintedPages.pdf(chrome, 21.0, 29.7);
        Files.write(Browser.screenshotDir().resolve(name + ".pdf"), pdf);
        return String.join("", PrintedPages.text(pdf));
    }

    /** The published site's address (jbake.properties' site.host), not the preview's localhost, which no reader of the paper can open. */
    private static final String SITE = "https://przewodnik-freelancera.example";

    @Test
    void aPrintedResultShowsItsAddressWithTheAnswers() throws Exception {
        String pl = printed(QuizPageBrowserTest.PL_QUIZ + "#a=invoices-late,threats", "pl-quiz-result-printed");
        assertTrue(pl.contains("Tenwynikztwoimiodpowiedziamiotworzyszpodadresem:" + SITE + QuizPageBrowserTest.PL_QUIZ + "#a=invoices-late,threats"), pl);
        assertFalse(pl.contains(base), "the preview's address is printed: " + pl);
        String en = printed(QuizPageBrowserTest.EN_QUIZ + "#a=threats", "en-quiz-result-printed");
        assertTrue(en.contains("Toreopenthisresultwithyouranswers,goto:" + SITE + QuizPageBrowserTest.EN_QUIZ + "#a=threats"), en);
        String blank = printed(QuizPageBrowserTest.EN_QUIZ, "en-quiz-blank-printed");
        assertFalse(blank.contains("Toreopenthisresult"), "a blank sheet has no result to reopen: " + blank);
    }

    @Test
    void theNoteOnScoringByHandPrintsOnlyOnABlankSheet() throws Exception {
        String manual = "bezjavascriptulubnawydruku:";
        String result = printed(QuizPageBrowserTest.PL_QUIZ + "#a=threats", "pl-quiz-exit-printed").toLowerCase();
        assertFalse(result.contains(manual), "a result is shown: " + result);
        String blank = printed(QuizPageBrowserTest.PL_QUIZ, "pl-quiz-blank-printed").toLowerCase();
        assertTrue(blank.contains(manual.toLowerCase()), "a blank sheet to score by hand: " + blank);
    }
}
