package guide.html;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What readers see where an editor typed straight quotes, with the {@code quotes} typography rule. */
class QuoteMarksTest {
    private final Typography english = typography("en", "en-GB");
    private final Typography polish = typography("pl", "pl-PL");

    private static Typography typography(String code, String locale) {
        return new Typography(new Language(code, new ULocale(locale), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.QUOTES), List.of()));
    }

    private static String body(Typography typography, String html) {
        Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
        typography.apply(doc);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    @Test
    void doubleQuotesOpenAfterASpaceAndCloseAfterAWord() {
        assertEquals("“Fine,” she said. “Send it (“as is”) today.”",
                english.apply("\"Fine,\" she said. \"Send it (\"as is\") today.\""));
        assertEquals("a “compromise” that—“nobody”—likes", english.apply("a \"compromise\" that—\"nobody\"—likes"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals("don’t, it’s, the clients’ invoices, the ’90s, O’Brien",
                english.apply("don't, it's, the clients' invoices, the '90s, O'Brien"));
    }

    @Test
    void singleQuotesInsideDoubleOnesAreTheLanguagesInnerMarks() {
        assertEquals("“He said ‘no’ twice, and didn’t mean it.”", english.apply("\"He said 'no' twice, and didn't mean it.\""));
        assertEquals("«O’Brien» i «Sean»’s", polish.apply("'O'Brien' i 'Sean''s"), "an apostrophe inside inner quotes does not close them");
    }

    @Test
    void eachLanguageGetsItsOwnMarksFromCldr() {
        assertEquals("podstrona „Oferta” i «tak»", polish.apply("podstrona \"Oferta\" i 'tak'"));
        assertEquals("«Так» і „ні“", typography("uk", "uk-UA").apply("\"Так\" і 'ні'"));
        assertEquals("„Ja“ und ‚nein‘", typography("de", "de-DE").apply("\"Ja\" und 'nein'"));
    }

    @Test
    void aQuoteAfterAnInlineElementClosesWhatTheTextBeforeItOpened() {
        assertEquals("<p>“<em>word</em>” and “<a href=\"/x\">link</a>”</p>",
                body(english, "<p>\"<em>word</em>\" and \"<a href=\"/x\">link</a>\"</p>"));
    }

    @Test
    void aQuoteAfterASpaceBetweenTwoElementsOpens() {
        assertEquals("<p><em>one</em> <a href=\"/x\">“two”</a></p>", body(english, "<p><em>one</em> <a href=\"/x\">\"two\"</a></p>"));
    }

    @Test
    void aQuoteAtTheStartOrEndOfABlockOrAfterALineBreakOpens() {
        assertEquals("<ul><li>ends with a word</li><li>“Quoted”</li></ul><p>one<br>“two”</p>",
                body(english, "<ul><li>ends with a word</li><li>\"Quoted\"</li></ul><p>one<br>\"two\"</p>"));
        assertEquals("<ul><li>item<ul><li>“sub”</li></ul></li><li><p>para</p>“after”</li></ul>",
                body(english, "<ul><li>item<ul><li>\"sub\"</li></ul></li><li><p>para</p>\"after\"</li></ul>"));
    }

    @Test
    void codeAndAttributesKeepTheirQuotesAndCodeStillCountsAsWhatStandsBefore() {
        assertEquals("<p title=\"it's\">Type <code>echo 'hi'</code> then <code>git</code>’s “log”</p><pre>say \"x\"</pre>",
                body(english, "<p title=\"it's\">Type <code>echo 'hi'</code> then <code>git</code>'s \"log\"</p><pre>say \"x\"</pre>"));
    }

    @Test
    void withoutTheRuleQuotesStayAsTyped() {
        Typography plain = new Typography(new Language("en", new ULocale("en"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.SINGLE_LETTER_WORDS), List.of()));
        assertEquals("\"it's\"", plain.apply("\"it's\""));
    }
}
