package guide.html;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The dates rule: a date in words ("15 December 2026", "December 15", "15 grudnia 2026") stays on one line on the page, in
 * a span the style sheet keeps whole, which is no character, so a copy, the search and the feed have the date as typed.
 */
class KeptDatesTest {
    private static final List<Language.TypographyRule> DATES = List.of(Language.TypographyRule.DATES, Language.TypographyRule.HYPHENS);

    private static String typeset(String lang, List<Language.TypographyRule> rules, String body) {
        Typography typography = new Typography(new Language(lang, new ULocale(lang), "ltr", "Latin-ASCII", rules, List.of("art.")));
        Document doc = Jsoup.parse("<html lang=" + lang + "><body><p>" + body + "</p></body></html>");
        typography.apply(doc);
        typography.apply(doc);
        doc.outputSettings().prettyPrint(false);
        return doc.selectFirst("p").html();
    }

    private static String kept(String date) {
        return "<span class=\"whole-date\">" + date + "</span>";
    }

    @Test
    void aDayAndItsMonthInEitherOrderAndAMonthAndItsYearStayOnOneLine() {
        assertEquals("<span>Pay by " + kept("15 December") + ", the notice of " + kept("2 March 2026") + ", "
                        + kept("December 15, 2026") + " or " + kept("March\n4") + "; " + kept("August 2025") + " and "
                        + kept("May 2026") + " (" + kept("1 January") + "–" + kept("30 June") + ")</span>",
                typeset("en", DATES, "Pay by 15 December, the notice of 2 March 2026, December 15, 2026 or March\n4; August 2025 and "
                        + "May 2026 (1 January–30 June)"),
                "once however often typeset; a line break of the source counts as a space");
    }

    @Test
    void aMonthNameThatBeginsAnotherKeepsTheLongerWhole() {
        // A guard: passes whatever the names' order; the look-ahead after them, not their order, keeps "maj" out of "maja".
        assertEquals("<span>Od " + kept("15 maja 2026") + " do " + kept("maj 2027") + "</span>",
                typeset("pl", DATES, "Od 15 maja 2026 do maj 2027"));
    }

    @Test
    void onlyADateStandingOnItsOwnIsKept() {
        String text = "December’s work, you may 2 days, Decembers 15, 115 December, 1.15 December, December 20261, "
                + "December 1.5, December 15th, 3 december, art. 12345 May";
        assertEquals(text, typeset("en", DATES, text), "no possessive, lowercase verb, longer word, longer number or decimal");
    }

    @Test
    void polishMonthNamesComeFromCldrInADateAndStandingAlone() {
        List<Language.TypographyRule> rules = List.of(Language.TypographyRule.NUMBERS, Language.TypographyRule.DATES);
        assertEquals("<span>z dnia " + kept("2&nbsp;marca 2026") + "&nbsp;r., " + kept("Grudzień 2026") + ", "
                        + kept("15&nbsp;grudnia") + " i " + kept("lipiec 2025") + "</span>",
                typeset("pl", rules, "z dnia 2 marca 2026 r., Grudzień 2026, 15 grudnia i lipiec 2025"),
                "the numbers rule's no-break spaces stay inside the date's span");
    }

    @Test
    void theDateIsTypedAsWrittenForTheSearchAndTheFeed() {
        Typography english = new Typography(new Language("en", new ULocale("en"), "ltr", "Latin-ASCII", DATES, List.of()));
        assertEquals("by 15 December 2026", english.apply("by 15 December 2026"), "a text (a title, the feed, the quiz's words) has no span");
        Document doc = Jsoup.parse("<html lang=en><body><p>by 15 December 2026.</p></body></html>");
        english.apply(doc);
        assertEquals("by 15 December 2026.", SearchableText.textOf(doc.selectFirst("p")), "the search reads the date as typed");
        assertFalse(english.isNone());
        assertEquals("by 15 December 2026", typeset("en", List.of(Language.TypographyRule.HYPHENS), "by 15 December 2026"),
                "a language without the rule");
    }
}
