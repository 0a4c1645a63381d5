package guide.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interface words as a reader meets them on the built test site, where an editor of Polish or British English corrected
 * them: a message is sent "via" WhatsApp, not "on" it; a button named in an instruction is quoted, as the Polish
 * „Kopiuj” is and as the English quiz quotes its other labels; a Polish label is introduced "dopiskiem", as the
 * affiliate disclosure's „link afiliacyjny” is; Polish declines WhatsApp as it does Facebook („na Facebooku”), and
 * offers „polską stronę główną”, not a home page „po polsku”.
 */
class InterfaceWordingTest {
    private static Document page(String path) throws IOException {
        return Jsoup.parse(ProjectFixture.builtSite().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theEnglishWhatsAppLinkSaysSendVia() throws IOException {
        Document article = page(BuiltSiteTest.EN_ARTICLE);
        assertEquals("Send via WhatsApp", article.selectFirst(".share a[href^=https://wa.me/]").text());
    }

    @Test
    void thePolishWhatsAppLinkDeclinesTheName() throws IOException {
        Document article = page(BuiltSiteTest.PL_ARTICLE);
        assertEquals("Wyślij przez WhatsAppa", article.selectFirst(".share a[href^=https://wa.me/]").text());
    }

    @Test
    void theRootNotFoundPageOffersThePolishHomePage() throws IOException {
        Document notFound = page("404.html");
        assertEquals("Przejdź na polską stronę główną", notFound.selectFirst(".language-choice li[lang=pl] a").text());
    }

    @Test
    void theEnglishTouchHintQuotesTheCopyCommand() throws IOException {
        String hint = page(BuiltSiteTest.EN_QUIZ).selectFirst(".quiz-link-touch").text();
        assertTrue(hint.startsWith("Touch and hold this link, then choose “Copy”, to come back"), hint);
    }

    @Test
    void thePolishRuleIntroducesTheLabelItQuotes() throws IOException {
        String rule = page(BuiltSiteTest.PL_QUIZ).selectFirst(".quiz-decides-rule").text();
        assertTrue(rule.contains("Niektóre zdania są oznaczone dopiskiem „Przesądza o wyniku”."), rule);
    }
}
