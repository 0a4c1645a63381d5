package guide.browser;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The articles' dates as phones draw them: "15 December", "2 March 2026", "15 grudnia 2026" never end a line inside.
 * Without the dates rule, at 320 px, the English 3-steps article drew "15 December" and "2 March 2026" on two lines each,
 * and the Polish 5-signs article "11 marca 2004".
 */
class KeptDatesBrowserTest extends PreviewBrowserTest {
    private static final String EN_STEPS = "/en/how-to-end-a-client-relationship-in-3-steps/";
    private static final List<String> PAGES = List.of(EN_STEPS, "/en/5-signs-its-time-to-fire-a-client/",
            "/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach/", "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/");
    /**
     * The page's dates: a day number next to an English month name or a Polish one in a date, in either order, and such a
     * month name before a year; each must have its first and last characters on one line.
     */
    private static final TwoLineScan DATES = new TwoLineScan("""
            const months = 'January|February|March|April|May|June|July|August|September|October|November|December|'
              + 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';
            const date = new RegExp('\\\\b(?:\\\\d{1,2}[ \\\\u00a0\\\\n]+(?:' + months + ')(?:[ \\\\u00a0\\\\n]+\\\\d{4})?'
              + '|(?:' + months + ')[ \\\\u00a0\\\\n]+\\\\d{1,4})(?![\\\\d\\\\p{L}])', 'gu');
            const pieces = text => [...text.matchAll(date)]
              .map(m => ({at: m.index, length: m[0].length, first: m.index, second: m.index + m[0].length - 1}));
            """);

    /**
     * A date that ends a sentence in the English 3-steps article, with the word before it and the next sentence's first
     * letter, as its content file has them ("by 15 December. I"): read from the file, so that an edit to the article's
     * words fails here with the file named, not with a paragraph not found.
     */
    private static final String DATE_ENDING_A_SENTENCE = dateEndingASentence();

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    /** The articles' dates at each width from 320 to 480 px and at 768 px ({@link TwoLineScan#WIDTHS}): never two lines. */
    @Test
    void noDateEndsALineInside() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : PAGES) {
            openAt(page, 320);
            assertTrue(DATES.drawn() > 2, page + " still writes dates");
            broken.addAll(DATES.brokenAtEachWidth(page));
        }
        assertEquals(List.of(), broken, "a line ends inside a date");
        openAt(EN_STEPS, 320);
        js("[...document.querySelectorAll('p')].find(p => p.textContent.includes(arguments[0])).scrollIntoView()",
                DATE_ENDING_A_SENTENCE);
        screenshot("en-article-dates-320");
    }

    /**
     * A guard, passing with the rule and without it: a reader who selects a paragraph copies its dates as typed, with
     * ordinary spaces, and the browser's find finds them so (the rule adds no character, only a span).
     */
    @Test
    void aCopiedDateIsAsTyped() {
        openAt(EN_STEPS, 390);
        String copied = (String) js("""
                const p = [...document.querySelectorAll('p')].find(p => p.textContent.includes(arguments[0]));
                getSelection().selectAllChildren(p);
                return getSelection().toString();
                """, DATE_ENDING_A_SENTENCE);
        assertTrue(copied.contains(DATE_ENDING_A_SENTENCE), copied);
        assertEquals(Boolean.TRUE, js("getSelection().removeAllRanges(); return window.find(arguments[0]);",
                DATE_ENDING_A_SENTENCE));
    }

    private static String dateEndingASentence() {
        Path article = ProjectFixture.projectDir().resolve("content/en/how-to-end-a-client-relationship-in-3-steps.md");
        try {
            Matcher m = Pattern.compile("\\b[a-z]+ \\d{1,2} [A-Z][a-z]+\\. [A-Z]").matcher(Files.readString(article));
            if (!m.find()) {
                throw new IllegalStateException(article + " has no sentence ending in a date (\"by 15 December. I\")");
            }
            return m.group();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
