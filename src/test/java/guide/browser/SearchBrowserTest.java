package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as a reader uses it, in both languages, on a small site of its own
 * (src/test/resources/fixtures/search, built with the real templates and assets): a word found
 * only in an article's text, an inflected form, a form typed without diacritics and a two-word
 * query each lead to the right article and section, with the words marked in the excerpt.
 */
class SearchBrowserTest extends PreviewBrowserTest {
    static final String PL_MONEY = "/pl/faktury-i-zaliczki/";
    static final String PL_CLIENT = "/pl/trudny-klient/";
    static final String EN_MONEY = "/en/invoices-and-deposits/";
    static final String EN_CLIENT = "/en/difficult-client/";
    static final String PL_WORDS = "/pl/nieporozumienia/";
    static final String NO_RESULTS = "No results for this search. Check the spelling or try another word.";
    static final String BRAK_WYNIKOW = "Brak wyników dla tego zapytania. Sprawdź pisownię albo wpisz inne słowo.";
    static final String KEEP_TYPING = "Keep typing: single letters and common words such as \u201cthe\u201d are not searched.";

    @BeforeAll
    static void serve() throws Exception {
        browse(copyFixture(temp.resolve("project")));
        chrome.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The fixture's content and settings with the real templates and assets, as ProjectFixture.copyProject does. */
    static Path copyFixture(Path into) throws IOException {
        Path real = ProjectFixture.projectDir();
        ProjectFixture.copyTree(real.resolve("src/test/resources/fixtures/search"), into);
        ProjectFixture.copyTree(real.resolve("templates"), into.resolve("templates"));
        ProjectFixture.copyTree(real.resolve("assets"), into.resolve("assets"));
        return into;
    }

    @Test
    void polishWordsAsReadersTypeThem() throws IOException {
        // only in the text of a section (not in a title, heading or summary)
        expect("/pl/", "harmonogramu", PL_MONEY, "schedule", "harmonogram");
        // inflected forms the text never uses: "fakturach" (text: "faktury"), "ręka" (ręce), "przyjść" (przyszedł)
        expect("/pl/", "fakturach", PL_MONEY, "invoices", "faktury");
        expect("/pl/", "ręka", PL_CLIENT, "hands", "ręce");
        expect("/pl/", "przyjść", PL_CLIENT, "late-transfer", "przyszedł");
        // without diacritics
        expect("/pl/", "zolw", PL_MONEY, "schedule", "żółw");
        expect("/pl/", "zaliczke", PL_MONEY, "deposit", "zaliczkę");
        // two words, in other forms than the text's, found together in one section
        expect("/pl/", "umowa wypowiedzenia", PL_CLIENT, "notice", "Wypowiedzenie", "umowy");
        screenshot("pl-search-results");
    }

    @Test
    void englishWordsAsReadersTypeThem() throws IOException {
        expect("/en/", "spreadsheets", EN_MONEY, "tracking", "spreadsheet");
        expect("/en/", "invoicing", EN_MONEY, "invoices", "invoices");
        expect("/en/", "cafe", EN_CLIENT, "meeting", "café");
        expect("/en/", "contracts notice", EN_CLIENT, "notice", "notice", "contract");
        screenshot("en-search-results");
    }

    /**
     * A hyphenated word and the same word written joined meet: "email" finds the Polish "e-mailem" (marked whole), and
     * "e-maila", a form no page uses, finds it too; "mail" marks the "mail" in it; the English "e-mail" finds "email"; and
     * a hyphenated query no page writes joined is searched as its parts ("two-months").
     */
    @Test
    void hyphenatedAndJoinedWordsMeet() {
        expect("/pl/", "email", PL_CLIENT, "confirm", "e-mailem");
        expect("/pl/", "e-maila", PL_CLIENT, "confirm", "e-mailem");
        expect("/pl/", "mail", PL_CLIENT, "confirm", "mailem");
        expect("/en/", "e-mail", EN_CLIENT, "confirm", "email");
        expect("/en/", "two-months", EN_CLIENT, "late-transfer", "two", "months");
        // a negation typed without its apostrophe finds it, marked whole; typed with either apostrophe too
        expect("/en/", "dont", EN_CLIENT, "confirm", "Don\u2019t");
        expect("/en/", "don't", EN_CLIENT, "confirm", "Don\u2019t");
    }

    /**
     * A word still being typed stands for the forms it begins, also where the index split its prefix into longer ones'
     * shards: the article's many words beginning "niep" put them in "niepa", "niepo", "niepr", …, and none in "niep";
     * its words beginning "roz" leave no shard for "r", "ro" or "roz" at all.
     */
    @Test
    void anUnfinishedWordFindsTheFormsItBeginsInLongerPrefixesShards() throws IOException {
        String meta = Files.readString(temp.resolve("project/target/site/pl/search/meta.json"));
        meta = meta.substring(meta.indexOf("\"shards\":["), meta.indexOf(']', meta.indexOf("\"shards\":[")) + 1);
        assertFalse(meta.contains("\"niep\""), "the fixture's index has no shard of its own for niep: " + meta);
        assertTrue(meta.contains("\"niepo\"") && meta.contains("\"niepr\""), "its forms are in longer prefixes' shards: " + meta);
        WebElement input = openSearch("/pl/");
        input.sendKeys("niep");
        WebElement first = Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-search-results] > li")).stream().findFirst().orElse(null));
        assertEquals(PL_WORDS, first.findElement(By.cssSelector("a")).getDomAttribute("href"), "'niep': first result");
        screenshot("pl-search-unfinished-word");

        // "roz": no shorter prefix has a shard either ("r", "ro" and "roz" were all split), only "rozb", "rozm", …
        for (String unlisted : List.of("r", "ro", "roz")) {
            assertFalse(meta.contains("\"" + unlisted + "\""), "no shard for " + unlisted + ": " + meta);
        }
        assertTrue(meta.contains("\"rozm\""), meta);
        openSearch("/pl/").sendKeys("roz");
        WebElement roz = Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-search-results] > li")).stream().findFirst().orElse(null));
        assertEquals(PL_WORDS, roz.findElement(By.cssSelector("a")).getDomAttribute("href"), "'roz': first result");
        // "roz" is split into 15 longer prefixes, "rozb" to "rozz"; the word on most pages, "rozstać", is in both articles
        assertTrue(meta.contains("\"rozs\"") && meta.contains("\"rozz\""), meta);
        assertEquals(List.of(PL_WORDS, PL_CLIENT), resultLinks(2), "'roz' finds both articles with words beginning so");
    }

    /**
     * An unfinished word in a shard of its own counts the words it begins whose keys are in other shards as the build
     * does: "naj" stands for "ważny" ("najważniejsze", on the about page) and "częsty" ("najczęstszy"), words the pages
     * use, before "wielki", whose form "największy" no page uses; the index's shard "na" holds neither key's postings.
     */
    @Test
    void anUnfinishedWordCountsTheWordsItBeginsWhoseKeysAreInOtherShards() throws IOException {
        String meta = Files.readString(temp.resolve("project/target/site/pl/search/meta.json"));
        assertTrue(meta.contains("\"na\"") && !meta.contains("\"naj\""), "'naj' is in the shard 'na': " + meta);
        openSearch("/pl/").sendKeys("naj");
        List<String> found = resultLinks(3);
        assertTrue(found.contains("/pl/o-przewodniku/"), "'naj' finds the page that says 'najważniejsze': " + found);
        assertTrue(found.contains(PL_MONEY), "'naj' finds the page that says 'najczęstszy': " + found);
    }

    /**
     * A word still being typed also stands for the words it begins, so the results do not vanish on the way: "przy" is a
     * stop word, but on the way to "przyszedł"; "in" and "sp" are too short to stand for anything yet, so the panel says
     * to keep typing, not "no results", and "inv" and "spr" find the invoices.
     */
    @Test
    void aStopWordBeingTypedStandsForTheWordsItBegins() {
        openSearch("/pl/").sendKeys("przy");
        assertTrue(resultLinks(1).contains(PL_CLIENT), "'przy' finds the page that says 'przyszedł'");

        WebElement input = openSearch("/en/");
        input.sendKeys("in");
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        input.sendKeys("v");
        assertEquals(List.of(EN_MONEY), resultLinks(1), "'inv'");
        input.sendKeys(Keys.BACK_SPACE);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-search-results] > li")).isEmpty());
        assertEquals(KEEP_TYPING, status.getText(), "'in': nothing to search for yet, not 'No results'");

        // two letters that begin words but are no word of their own: still nothing to say, then "spr" finds the spreadsheets
        input.clear();
        input.sendKeys("sp");
        input.sendKeys("r");
        assertEquals(List.of(EN_MONEY), resultLinks(1), "'spr'");
        input.sendKeys(Keys.BACK_SPACE);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("[data-search-results] > li")).isEmpty());
        assertEquals(KEEP_TYPING, status.getText(), "'sp': nothing to search for yet, not 'No results'");
    }

    /**
     * A query of short or common words alone ("a", "i w", "it's", "it’s", "the ") has nothing to search for: the panel
     * says to keep typing, in the page's language, rather than staying blank.
     */
    @Test
    void aQueryOfShortWordsAloneSaysToKeepTyping() {
        for (String[] q : List.of(new String[]{"/en/", "a"}, new String[]{"/en/", "it's"}, new String[]{"/en/", "it’s"},
                new String[]{"/en/", "the "}, new String[]{"/pl/", "i w"})) {
            openSearch(q[0]).sendKeys(q[1]);
            WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
            try {
                Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(d -> !status.getText().isBlank());
            } catch (TimeoutException e) {
                // the assertion below says what there was
            }
            String expected = q[0].equals("/en/") ? KEEP_TYPING
                    : "Pisz dalej: wyszukiwarka pomija pojedyncze litery i częste słowa, takie jak \u201ei\u201d czy \u201ena\u201d.";
            assertEquals(expected, status.getText().replace('\u00a0', ' '), "'" + q[1] + "'");
            assertTrue(chrome.findElements(By.cssSelector("[data-search-results] li")).isEmpty(), "'" + q[1] + "': no results listed");
        }
    }

    /** A query of punctuation or emoji alone says to type a word, not to keep typing what is there. */
    @Test
    void aQueryWithNoLetterSaysToTypeAWord() {
        openSearch("/en/").sendKeys("\uD83D\uDE42?!");
        assertEquals("Type a word: search looks for words, not punctuation or emoji.", statusText());
        openSearch("/pl/").sendKeys("\u2014");
        assertEquals("Wpisz słowo: wyszukiwarka szuka słów, nie znaków interpunkcyjnych ani emoji.", statusText());
        assertTrue(chrome.findElements(By.cssSelector("[data-search-results] li")).isEmpty(), "no results listed");
    }

    /**
     * Every word must match, but where no page has them all and a word alone finds pages, the panel says so and lists
     * that word's pages, counted in the language's plural forms: "kangaroo client" finds no page, "client" alone does.
     */
    @Test
    void whereNoPageHasEveryWordTheWordThatFindsPagesAloneIsShown() {
        openSearch("/en/").sendKeys("kangaroo client");
        List<String> links = resultLinks(1);
        assertTrue(links.contains(EN_CLIENT), "'kangaroo client' lists the pages with 'client': " + links);
        String count = links.size() == 1 ? "1 page has" : links.size() + " pages have";
        assertEquals("No page has every word you typed, but " + count + " \u201cclient\u201d:", statusText());
        List<String> marks = chrome.findElements(By.cssSelector("[data-search-results] mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.stream().allMatch(m -> fold(m).startsWith("client")), "only 'client' is marked: " + marks);

        openSearch("/pl/").sendKeys("kangur klient");
        List<String> pl = resultLinks(1);
        assertTrue(pl.contains(PL_CLIENT), "'kangur klient' lists the pages with 'klient': " + pl);
        String where = pl.size() == 1 ? "1 stronie" : pl.size() + " stronach";
        assertEquals("Żadna strona nie zawiera wszystkich wpisanych słów, ale słowo \u201eklient\u201d znaleziono na " + where + ":", statusText());

        // one word that no page has, alone: still "no results"
        openSearch("/en/").sendKeys("kangaroo");
        assertEquals(NO_RESULTS, statusText());
    }

    /**
     * A word no page has, one edit away from a form the pages use, is searched as that form, and the status says which:
     * "clinet" (two letters swapped) finds the client pages, "umwoy" the pages that say "umowy"; a word two edits away
     * from any ("clyant") is not guessed at, nor a short word one letter changed from a word the pages use.
     */
    @Test
    void aWordWithATypoIsSearchedAsTheFormThePagesUse() {
        openSearch("/en/").sendKeys("clinet");
        List<String> en = resultLinks(1);
        assertTrue(en.contains(EN_CLIENT), "'clinet' finds the pages with 'client': " + en);
        String results = en.size() == 1 ? "1 result" : en.size() + " results";
        assertEquals(results + " \u2013 searched for \u201cclient\u201d, as no page has \u201cclinet\u201d", statusText());
        List<String> marks = chrome.findElements(By.cssSelector("[data-search-results] mark")).stream().map(WebElement::getText).toList();
        assertTrue(!marks.isEmpty() && marks.stream().allMatch(m -> fold(m).startsWith("client")), "'client' is marked: " + marks);

        openSearch("/pl/").sendKeys("umwoy");
        List<String> pl = resultLinks(1);
        assertTrue(pl.contains(PL_CLIENT), "'umwoy' finds the page that says 'umowy': " + pl);
        String wyniki = pl.size() == 1 ? "1 wynik" : pl.size() < 5 ? pl.size() + " wyniki" : pl.size() + " wyników";
        assertEquals(wyniki + " \u2013 szukano s\u0142owa \u201eumowy\u201d, bo \u201eumwoy\u201d nie wyst\u0119puje na \u017cadnej stronie", statusText());

        // where no page has every word, the word that finds pages alone is named as it was searched, not as typed
        openSearch("/en/").sendKeys("kangaroo clinet");
        List<String> alone = resultLinks(1);
        String have = alone.size() == 1 ? "1 page has" : alone.size() + " pages have";
        assertEquals("No page has every word you typed, but " + have + " \u201cclient\u201d:", statusText());

        openSearch("/en/").sendKeys("clyant");
        assertEquals(NO_RESULTS, statusText());

        // a short word is more often a real word than a typo: "lake" is not "late", "smart" not "start"; "strat" is
        for (String word : List.of("lake", "smart")) {
            openSearch("/en/").sendKeys(word);
            assertEquals(NO_RESULTS, statusText(), word);
        }
        // only a form the pages write is named: not "sending", which the index lists for "send" but no page says
        openSearch("/en/").sendKeys("sendig");
        assertEquals(NO_RESULTS, statusText(), "sendig");
        openSearch("/en/").sendKeys("strat");
        assertTrue(statusText().endsWith(" \u2013 searched for \u201cstart\u201d, as no page has \u201cstrat\u201d"), statusText());
    }

    /** The section's heading marks the words as the title and the excerpt do: "notice" in "Giving notice". */
    @Test
    void theSectionHeadingMarksTheWords() {
        openSearch("/en/").sendKeys("notice");
        WebElement heading = Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-search-results] .search-heading a")).stream().findFirst().orElse(null));
        assertEquals("Giving notice", heading.getText());
        assertEquals(List.of("notice"), heading.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList());
    }

    /**
     * A typo in the letters that chose the word's shard: "lcient" looks in "l", and "client" is in "c". Where its own shard
     * has no form one edit away, the shard its first two letters swapped choose is read too, and only that one.
     */
    @Test
    void aSwapOfTheFirstTwoLettersIsCorrectedFromTheShardTheyChoose() {
        openSearch("/en/").sendKeys("lcient");
        String said = statusText();
        assertTrue(said.matches("\\d+ results? \u2013 searched for \u201cclient\u201d, as no page has \u201clcient\u201d"), said);
        assertTrue(resultLinks(1).contains(EN_CLIENT), "'lcient' finds the pages with 'client'");
        List<String> shards = fetched("/search/s/").stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).sorted().toList();
        assertEquals(List.of("c.json", "l.json"), shards, "its own shard and the one the swapped letters choose, no other");

        openSearch("/pl/").sendKeys("lkient");
        String pl = statusText();
        assertTrue(pl.matches("\\d+ wynik(i|\u00f3w)? \u2013 szukano s\u0142owa \u201ekli[a-z]+\u201d, bo \u201elkient\u201d nie wyst\u0119puje na \u017cadnej stronie"), pl);
        assertTrue(resultLinks(1).contains(PL_CLIENT), "'lkient' finds the pages with 'klient'");
    }

    /**
     * Enter goes to the first result's section, also when pressed before the results are on screen; where there is no
     * result it leaves the reader where they are, with the panel open.
     */
    @Test
    void enterGoesToTheFirstResult() {
        openSearch("/pl/o-przewodniku/").sendKeys("kangur" + Keys.ENTER);
        assertEquals(BRAK_WYNIKOW, statusText());
        assertEquals(base + "/pl/o-przewodniku/", chrome.getCurrentUrl(), "no result: Enter goes nowhere");
        assertTrue(chrome.findElement(By.id("search-input")).isDisplayed(), "and the panel stays open");

        openSearch("/en/").sendKeys("invoicing" + Keys.ENTER);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(EN_MONEY));
        assertEquals(base + EN_MONEY + "#invoices", chrome.getCurrentUrl(), "Enter opens the first result's section");
    }

    /** The status once it says something (or what it says after ten seconds), with no-break spaces as spaces. */
    private String statusText() {
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        } catch (TimeoutException e) {
            // the assertion says what there was
        }
        return status.getText().replace('\u00a0', ' ');
    }

    /** A later word's first two letters leave the results of the words before it as they were, not blank for a keystroke. */
    @Test
    void aLaterWordsFirstLettersKeepTheResults() throws InterruptedException {
        WebElement input = openSearch("/en/");
        input.sendKeys("contracts w");
        assertEquals(List.of(EN_CLIENT), resultLinks(1), "'contracts w'");
        input.sendKeys("r");
        Thread.sleep(1500); // the panel has answered "contracts wr" by then
        assertEquals(List.of(EN_CLIENT), resultLinks(1), "'contracts wr'");
        input.sendKeys("iting");
        Thread.sleep(1500);
        assertEquals(List.of(EN_CLIENT), resultLinks(1), "'contracts writing'");
    }

    /**
     * Where a word being typed begins words the pages use, it stands for those alone: "najw" for "najważniejsze" (about
     * page), not also for "największy", a form of "duży", whose "większego" is on the money page.
     */
    @Test
    void anUnfinishedWordStandsForTheWordsThePagesUseWhereThereAreAny() {
        openSearch("/pl/").sendKeys("najw");
        assertEquals(List.of("/pl/o-przewodniku/"), resultLinks(1), "the results come all at once: the about page, and no other");
    }

    /** "constructor" is an English word, and also the name of a property every JavaScript object has. */
    @Test
    void aWordThatNamesAJavaScriptPropertyIsSearchedLikeAnyOther() {
        openSearch("/en/").sendKeys("constructor");
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        assertEquals(NO_RESULTS, status.getText());
    }

    @Test
    void aWordInNoPageSaysSoAndEscapeCloses() throws IOException {
        openSearch("/pl/o-przewodniku/").sendKeys("kangur");
        WebElement status = chrome.findElement(By.cssSelector("[data-search-status]"));
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        assertEquals(BRAK_WYNIKOW, status.getText());
        assertTrue(chrome.findElements(By.cssSelector("[data-search-results] li")).isEmpty());
        // and a next step: the list of every article and quiz, gone again once a word finds pages
        WebElement next = chrome.findElement(By.cssSelector("[data-search-next] a"));
        assertTrue(next.isDisplayed(), "no results: a link to the archive");
        assertEquals("/pl/artykuly/", next.getDomAttribute("href"));
        assertEquals("Zobacz wszystkie artykuły i testy", next.getText().replace('\u00a0', ' '));
        screenshot("pl-search-no-results");
        chrome.findElement(By.id("search-input")).clear();
        chrome.findElement(By.id("search-input")).sendKeys("klient");
        resultLinks(1);
        assertFalse(next.isDisplayed(), "results: no link to the archive");
        chrome.findElement(By.id("search-input")).sendKeys(Keys.ESCAPE);
        Browser.waitUpTo(chrome, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-input")));
        assertEquals("false", chrome.findElement(By.cssSelector(".search-toggle")).getDomAttribute("aria-expanded"));
        assertEquals(chrome.findElement(By.cssSelector(".search-toggle")), chrome.switchTo().activeElement(), "focus returns to the button");
    }

    @Test
    void theSearchScriptAndIndexLoadOnlyWhenSearchOpens() {
        chrome.get(base + PL_MONEY);
        assertEquals(List.of(), fetched("search-panel.", "/search/"), "before search is opened");
        openSearch(PL_MONEY);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> fetched("meta.json").size() == 1);
        assertEquals(1, fetched("search-panel.").size(), "the panel script, under its content-hashed name");
    }

    @Test
    void axeFindsNoViolationsWithResultsOpen() {
        for (String[] q : List.of(new String[]{"/pl/", "faktury zaliczka"}, new String[]{"/en/", "client"})) {
            openSearch(q[0]).sendKeys(q[1]);
            Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("[data-search-results] mark")).isEmpty());
            List<Rule> violations = Accessibility.violations(chrome);
            assertTrue(violations.isEmpty(), q[0] + " " + q[1] + ": " + violations.stream()
                    .map(v -> v.getId() + " " + v.getNodes().get(0).getTarget()).collect(Collectors.joining("; ")));
        }
    }

    /** Types the query; the first result must be the article, its section link the anchor, and the excerpt must mark the words. */
    private void expect(String page, String query, String article, String anchor, String... marked) {
        WebElement input = openSearch(page);
        input.sendKeys(query);
        WebDriverWait wait = Browser.waitUpTo(chrome, Duration.ofSeconds(10));
        WebElement first = wait.until(d -> d.findElements(By.cssSelector("[data-search-results] > li")).stream().findFirst().orElse(null));
        String what = "'" + query + "': ";
        assertEquals(article, first.findElement(By.cssSelector("a")).getDomAttribute("href"), what + "first result");
        assertEquals(article + "#" + anchor, first.findElement(By.cssSelector(".search-heading a")).getDomAttribute("href"), what + "section");
        List<String> marks = first.findElements(By.cssSelector(".search-excerpt mark")).stream().map(WebElement::getText).toList();
        for (String word : marked) {
            assertTrue(marks.contains(word), what + "the excerpt marks " + word + ", it marks " + marks);
        }
        String excerpt = first.findElement(By.cssSelector(".search-excerpt")).getText();
        assertTrue(excerpt.contains(marked[0]), what + excerpt);
        assertFalse(chrome.findElement(By.cssSelector("[data-search-status]")).getText().isBlank(), what + "the count is announced");
    }

    /** The result links once there are {@code count} of them (or what there is after ten seconds). */
    private List<String> resultLinks(int count) {
        By links = By.cssSelector("[data-search-results] > li > a");
        try {
            Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(d -> d.findElements(links).size() >= count);
        } catch (TimeoutException e) {
            // the assertion below says what there was
        }
        return chrome.findElements(links).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private WebElement openSearch(String page) {
        chrome.get(base + page);
        chrome.findElement(By.cssSelector(".search-toggle")).click();
        WebElement input = Browser.waitUpTo(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        assertEquals(input, chrome.switchTo().activeElement(), "the search field has focus");
        return input;
    }

    /** Addresses the page fetched so far that contain any of the fragments. */
    @SuppressWarnings("unchecked")
    private List<String> fetched(String... fragments) {
        List<String> urls = (List<String>) ((JavascriptExecutor) chrome).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        return urls.stream().filter(u -> Stream.of(fragments).anyMatch(u::contains)).toList();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }


}
