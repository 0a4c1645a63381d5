package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phrase in quotation marks, as readers type them ("bad client", „zły klient”, “client bad”): only the pages with its
 * words in that order are listed and counted, in any of the words' forms; where the order was checked on the best pages
 * only, the status says so; where no page has the order, the pages with all the words are listed under a line that says
 * so. The search fixture, two English and two Polish pages with the words in and out of order, and forty English pages
 * that speak of zebras and stripes, half of them as "zebra stripes", and forty Polish ones, half of them as „paski zebry”.
 */
class SearchPhraseBrowserTest extends PreviewBrowserTest {
    private static final int ZEBRAS = 40;
    private static final By LINKS = By.cssSelector("[data-search-results] > li > a");

    @BeforeAll
    static void serve() throws Exception {
        Path project = SearchBrowserTest.copyFixture(temp.resolve("project"));
        page(project, "en/bad-client", "Warning signs", "2026-02-01", "Recognising a bad client early saves months of work.");
        page(project, "en/not-bad", "A brief gone wrong", "2026-02-02", "The client was not bad at all; the brief was.");
        page(project, "pl/zly-klient", "Sygnały ostrzegawcze", "2026-02-01", "Złego klienta poznasz po pierwszej rozmowie.");
        page(project, "pl/niezly", "Nieudany brief", "2026-02-02", "Klient wcale nie był zły, zawiodła umowa.");
        for (int i = 1; i <= ZEBRAS; i++) {
            page(project, "en/zebra-" + i, "Zebra note " + i, LocalDate.of(2026, 3, 1).plusDays(i).toString(), i % 2 == 1
                    ? "Zebra stripes confuse flies, note " + i + " says."
                    : "Stripes help a zebra hide in the grass, note " + i + " says.");
            page(project, "pl/notatka-" + i, "Notatka o zebrach " + i, LocalDate.of(2026, 3, 1).plusDays(i).toString(), i % 2 == 1
                    ? "Paski zebry odstraszają muchy, mówi notatka " + i + "."
                    : "Zebra ma paski, żeby ukryć się w trawie, mówi notatka " + i + ".");
        }
        browse(project);
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void page(Path project, String name, String title, String date, String text) throws IOException {
        Files.writeString(project.resolve("content/" + name + ".md"), """
                title=%s
                date=%s
                type=post
                status=published
                translationKey=%s
                author=redakcja
                summary=A short note.
                ~~~~~~

                %s
                """.formatted(title, date, name.substring(3), text), StandardCharsets.UTF_8);
    }

    @Test
    void aPhraseInQuotationMarksFindsOnlyThePagesWithItsWordsInThatOrder() throws IOException {
        search("/en/", "bad client");
        assertTrue(links(2).containsAll(List.of("/en/bad-client/", "/en/not-bad/")), "without quotation marks, both pages");

        search("/en/", "\"bad client\"");
        assertEquals("1 result \u2013 only pages with the words \u201cbad client\u201d in that order",
                status("1 result \u2013 only pages with the words \u201cbad client\u201d in that order"));
        assertEquals(List.of("/en/bad-client/"), links(1));
        screenshot("en-search-phrase");
        // on the way there: an unclosed phrase whose last word, a single letter so far, begins the next word
        search("/en/", "\"bad c");
        String typing = "1 result \u2013 only pages with the words \u201cbad c\u201d in that order";
        assertEquals(typing, status(typing));

        // Polish quotation marks, the words in other forms than the text's ("złego klienta"), typed without diacritics too
        for (String typed : List.of("\u201ez\u0142y klient\u201d", "\"zly klient\"")) {
            search("/pl/", typed);
            String phrase = typed.substring(1, typed.length() - 1);
            String expected = "1 wynik \u2013 tylko strony ze s\u0142owami \u201e" + phrase + "\u201d w tej kolejno\u015bci";
            assertEquals(expected, status(expected), typed);
            assertEquals(List.of("/pl/zly-klient/"), links(1), typed);
        }

        // the words out of order on every page: the pages with them all, saying so
        search("/en/", "\u201cclient bad\u201d");
        String none = "No page has the words \u201cclient bad\u201d in that order, but 2 pages have them all:";
        assertEquals(none, status(none));
        assertEquals(2, links(2).size());
        search("/pl/", "\u201eklient z\u0142y\u201d");
        String brak = "\u017badna strona nie zawiera s\u0142\u00f3w \u201eklient z\u0142y\u201d w tej kolejno\u015bci, ale wszystkie te s\u0142owa s\u0105 na 2 stronach:";
        assertEquals(brak, status(brak));
    }

    /** A quotation mark, the first thing typed of a phrase, is not "punctuation alone": the status says nothing yet. */
    @Test
    void anOpeningQuotationMarkAloneSaysNothingYet() throws InterruptedException {
        for (String[] q : List.of(new String[]{"/en/", "\""}, new String[]{"/pl/", "\u201e"}, new String[]{"/en/", "\u201c "})) {
            search(q[0], q[1]);
            Thread.sleep(1000);
            assertEquals("", chrome.findElement(By.cssSelector("[data-search-status]")).getText(), "'" + q[1] + "'");
        }
        // punctuation that opens no phrase still says to type a word
        search("/en/", "?!");
        String type = "Type a word: search looks for words, not punctuation or emoji.";
        assertEquals(type, status(type));
    }

    @Test
    void wherePagesWereCheckedOnlyInPartTheStatusSaysSoAndShowMoreChecksTheRest() {
        search("/en/", "\"zebra stripes\"");
        Pattern partly = Pattern.compile("(\\d+) results \u2013 only pages with the words \u201czebra stripes\u201d in that order"
                + " \\(order checked on the best 32 of the " + ZEBRAS + " pages with all these words\\)");
        String said = status(partly);
        Matcher m = partly.matcher(said);
        assertTrue(m.matches(), said);
        assertTrue(Integer.parseInt(m.group(1)) < ZEBRAS / 2, said);
        assertEquals(8, links(8).size());
        assertTrue(links(8).stream().allMatch(l -> Integer.parseInt(l.replaceAll("\\D", "")) % 2 == 1), "only the pages that say 'zebra stripes'");

        chrome.findElement(By.cssSelector(".search-more")).click();
        String all = ZEBRAS / 2 + " results \u2013 only pages with the words \u201czebra stripes\u201d in that order";
        assertEquals(all, status(all), "every page checked: the count is exact, and says nothing more");
        chrome.findElement(By.cssSelector(".search-more")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(LINKS).size() == ZEBRAS / 2);
        assertFalse(chrome.findElement(By.cssSelector(".search-more")).isDisplayed(), "nothing more to show");
    }

    /**
     * In Polish, the pages checked are said in a case in which every number the search fills in (32, 40, 48…) takes the same
     * form: „na 32 najlepszych”, where „sprawdzono 32 najlepszych” would need „32 najlepsze”.
     */
    @Test
    void thePolishStatusSaysThePagesCheckedInFormsThatFitEveryNumber() {
        search("/pl/", "\u201epaski zebry\u201d");
        Pattern partly = Pattern.compile("\\d+ wynik(i|\u00f3w)? \u2013 tylko strony ze s\u0142owami \u201epaski zebry\u201d w tej kolejno\u015bci"
                + " \\(kolejno\u015b\u0107 sprawdzono na 32 najlepszych z " + ZEBRAS + " stron, na kt\u00f3rych s\u0105 wszystkie te s\u0142owa\\)");
        String said = status(partly);
        assertTrue(partly.matcher(said).matches(), said);
    }

    private void search(String page, String query) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input"))).sendKeys(query);
    }

    /** The status once it says what is expected (or what it says after ten seconds), with no-break spaces as spaces. */
    private String status(String expected) {
        return status(Pattern.compile(Pattern.quote(expected)));
    }

    private String status(Pattern expected) {
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> expected.matcher(status.getText().replace('\u00a0', ' ')).matches());
        } catch (TimeoutException e) {
            // the assertion says what there was
        }
        return status.getText().replace('\u00a0', ' ');
    }

    private List<String> links(int count) {
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(LINKS).size() >= count);
        } catch (TimeoutException e) {
            // the assertion says what there was
        }
        return chrome.findElements(LINKS).stream().map(a -> a.getDomAttribute("href")).toList();
    }
}
