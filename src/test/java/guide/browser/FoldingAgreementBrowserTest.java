package guide.browser;

import guide.search.Folding;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The browser folds a typed word as the build folded the index's words (assets/js/search-engine.js's fold and
 * guide.search.Folding.fold), or the reader's word and the page's never meet. Turkish's dotless ı among them: both
 * lowercase without a locale, so "ILIK" is "ilik", and the script folded a typed "ılık" to "ılık" until ı was folded as i.
 */
class FoldingAgreementBrowserTest {
    private static final List<String> WORDS = List.of("ılık", "ILIK", "İLİK", "Iğdır", "Żółw", "ŁÓDŹ", "E-mail", "doesn’t", "Straße",
            "Ελλάδα", "ΣΟΦΙΑ", "Київ", "naïve", "ﬁle", "１２");
    static HostRulesServer host;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws IOException {
        host = new HostRulesServer(ProjectFixture.builtSite(), true);
        chrome = Browser.start(true);
    }

    @AfterAll
    static void quit() {
        chrome.quit();
        host.close();
    }

    @Test
    void theScriptFoldsEveryWordAsTheBuildDoes() throws IOException {
        String engine;
        try (Stream<Path> js = Files.list(ProjectFixture.builtSite().resolve("js"))) {
            engine = js.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("search-engine.")).findFirst().orElseThrow();
        }
        chrome.get(host.base() + "/pl/");
        @SuppressWarnings("unchecked")
        List<String> folded = (List<String>) chrome.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/" + engine + "').then(m => done(arguments[0].map(m.fold)));", WORDS);
        assertEquals(WORDS.stream().map(Folding::fold).toList(), folded, "the script's fold against Folding.fold, for " + WORDS);
        assertEquals("ilik", folded.get(0), "Turkish dotless ı folds as i");
    }
}
