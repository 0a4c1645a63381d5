package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A phone reader who has set the browser's text size to 200 % (Chromium's font size setting, 32 px in place of
 * 16): every line of the quizzes and articles stays on the 390 px screen, none cut off at its right edge or
 * reached only by scrolling sideways (WCAG 1.4.4, resize text).
 */
class LargeTextBrowserTest extends PreviewBrowserTest {
    /** Everything in the page's main area whose right edge is past the window's, with where it ends. */
    private static final String PAST_THE_EDGE = """
            scrollTo(0, 0);
            const past = [...document.querySelectorAll('main *')]
              .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : '')
                + ' "' + e.textContent.trim().slice(0, 40) + '" ends at ' + Math.round(e.getBoundingClientRect().right));
            const wide = document.documentElement.scrollWidth;
            return (wide > innerWidth ? ['the page is ' + wide + ' px wide'] : []).concat(past.slice(0, 8));
            """;

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    @AfterEach
    void normalText() {
        textSize(16);
    }

    /** The quizzes with a result (the badge of a statement that decides, the table of results) and the articles (their date line). */
    @Test
    void nothingRunsOffAPhonesScreenWithTextAt200Percent() throws IOException {
        for (String page : List.of(QuizPageBrowserTest.PL_QUIZ + "#a=threats,invoices-late", QuizPageBrowserTest.EN_QUIZ + "#a=threats,invoices-late",
                "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/en/how-to-end-a-client-relationship-in-3-steps/",
                "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/", "/en/5-signs-its-time-to-fire-a-client/")) {
            chrome.manage().window().setSize(new Dimension(390, 900));
            chrome.get("about:blank");
            textSize(32);
            chrome.get(base + page);
            assertEquals(List.of(), js(PAST_THE_EDGE), page + " at 390 px with text at 200 %");
        }
        js("document.querySelector('.meta').scrollIntoView()");
        screenshot("en-article-date-line-large-text-390");
        chrome.get(base + QuizPageBrowserTest.PL_QUIZ + "#a=threats");
        js("document.querySelector('tr.is-current').scrollIntoView()");
        screenshot("pl-quiz-table-large-text-390");
    }

    private static void textSize(int pixels) {
        chrome.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", pixels, "fixed", pixels * 13 / 16)));
    }
}
