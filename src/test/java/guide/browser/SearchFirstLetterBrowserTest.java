package guide.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typo in the letters that chose a word's shard, on the guide's own site: "lient" (left out), "vlient" (changed) and
 * "xclient" (added) look in other shards than "client", "kient" in another than "klient", and find it through the index
 * of forms filed with one of those letters left out (guide.search.ShardLetterEdits). A word searched in full fetches none
 * of those files.
 */
class SearchFirstLetterBrowserTest extends PreviewBrowserTest {
    static final String EN_ARTICLE = "/en/5-signs-its-time-to-fire-a-client/";
    static final String PL_ARTICLE = "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/";

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aFirstLetterLeftOutChangedOrAddedIsCorrected() throws IOException {
        for (String typed : List.of("lient", "vlient", "xclient")) {
            openSearch("/en/").sendKeys(typed);
            String said = statusText(t -> t.contains("\u201c" + typed + "\u201d"));
            assertTrue(said.matches("\\d+ results? \u2013 searched for \u201cclient\u201d, as no page has \u201c" + typed + "\u201d"), said);
            assertTrue(resultLinksWith(EN_ARTICLE).contains(EN_ARTICLE), typed + " finds " + EN_ARTICLE + ": " + resultLinksWith(EN_ARTICLE));
        }
        screenshot("search-first-letter-typo");
        openSearch("/pl/").sendKeys("lient");
        String pl = statusText(t -> t.contains("\u201elient\u201d"));
        assertTrue(pl.matches("\\d+ wynik(i|\u00f3w)? \u2013 szukano s\u0142owa \u201ekli[a-z]+\u201d, bo \u201elient\u201d nie wyst\u0119puje na \u017cadnej stronie"), pl);
        assertTrue(resultLinksWith(PL_ARTICLE).contains(PL_ARTICLE), "'lient' finds " + PL_ARTICLE + ": " + resultLinksWith(PL_ARTICLE));
    }

    /**
     * A typo in the letters after the first that chose the word's shard, on the Polish site, whose shards are cut by up to
     * five letters: "kient" (the second letter left out) and "kkient" (changed) look in "ki" and "kk", and "klient" is in
     * "kl"; "dkumentacja" looks in "dk" and "dokumentacja" is in "dok", "neoplacone" in "ne" and "nieoplacone" in "nieo".
     */
    @Test
    void aTypoInTheOtherLettersThatChoseTheShardIsCorrected() throws IOException {
        for (String typed : List.of("kient", "kkient")) {
            openSearch("/pl/").sendKeys(typed);
            String said = statusText(t -> t.contains("\u201e" + typed + "\u201d"));
            assertTrue(said.matches("\\d+ wynik(i|\u00f3w)? \u2013 szukano s\u0142owa \u201eklient\u201d, bo \u201e" + typed
                    + "\u201d nie wyst\u0119puje na \u017cadnej stronie"), said);
            assertTrue(resultLinksWith(PL_ARTICLE).contains(PL_ARTICLE), typed + " finds " + PL_ARTICLE + ": " + resultLinksWith(PL_ARTICLE));
        }
        for (String[] typed : List.of(new String[] {"dkumentacja", "dokumentacja"}, new String[] {"neoplacone", "nieop[l\u0142]acone"})) {
            openSearch("/pl/").sendKeys(typed[0]);
            String said = statusText(t -> t.contains("\u201e" + typed[0] + "\u201d"));
            assertTrue(said.matches("\\d+ wynik(i|\u00f3w)? \u2013 szukano s\u0142owa \u201e" + typed[1] + "\u201d, bo \u201e" + typed[0]
                    + "\u201d nie wyst\u0119puje na \u017cadnej stronie"), said);
        }
        screenshot("search-shard-letters-typo");
    }

    /** Ordinary words, found as typed, fetch no file of forms for a typo. */
    @Test
    void aWordFoundAsTypedFetchesNothingMore() {
        openSearch("/en/").sendKeys("client");
        String said = statusText(t -> t.matches("\\d+ results?"));
        assertTrue(said.matches("\\d+ results?"), said);
        assertEquals(List.of(), fetched("/search/e/"));
    }

    /**
     * The status once it is {@code done} (or what it says after ten seconds), with no-break spaces as spaces: the
     * search answers each keystroke, so on a busy machine the status can still be the first letter's "Keep typing"
     * when the last key has been sent.
     */
    private static String statusText(Predicate<String> done) {
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> done.test(status.getText().replace('\u00a0', ' ')));
        } catch (TimeoutException e) {
            // the assertion says what there was
        }
        return status.getText().replace('\u00a0', ' ');
    }

    /** The results' pages once one of them is {@code page} (or those there are after ten seconds). */
    private static List<String> resultLinksWith(String page) {
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> resultLinks().contains(page));
        } catch (TimeoutException e) {
            // the assertion says what there was
        }
        return resultLinks();
    }

    private static List<String> resultLinks() {
        return chrome.findElements(By.cssSelector("[data-search-results] > li > a")).stream().map(a -> a.getDomAttribute("href"))
                .map(href -> href.replaceFirst("#.*", "")).toList();
    }

    private static WebElement openSearch(String page) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        return Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fetched(String fragment) {
        List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        return urls.stream().filter(u -> u.contains(fragment)).toList();
    }
}
