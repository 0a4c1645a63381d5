package guide.html;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypographyTest {
    private static final char NBSP = '\u00A0';
    // Instances, not static: a language's rules are compiled when its Typography is made.
    private final Typography polish = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
            List.of(Language.TypographyRule.SINGLE_LETTER_WORDS, Language.TypographyRule.NUMBERS), List.of("art.", "ust.", "§")));
    private final Typography none = new Typography(new Language("en", new ULocale("en"), "ltr", "Latin-ASCII", List.of(), List.of()));

    private static String nbsp(String text) {
        return text.replace('_', NBSP);
    }

    @Test
    void oneLetterWordsKeepTheNextWordOnTheirLine() {
        assertEquals(nbsp("Pracuję w_domu i_z_klientem, a_nie u_niego."), polish.apply("Pracuję w domu i z klientem, a nie u niego."));
        assertEquals(nbsp("W_tym roku, O_tym, I_tak"), polish.apply("W tym roku, O tym, I tak"));
    }

    @Test
    void numbersStayWithWhatTheyCountAndArticlesWithTheirNumbers() {
        assertEquals(nbsp("Do 15_grudnia zapłać 40_EUR, a_potem 10_000_zł (art._483 §_1_k.c.) w_2026_r."),
                polish.apply("Do 15 grudnia zapłać 40 EUR, a potem 10 000 zł (art. 483 § 1 k.c.) w 2026 r."));
        assertEquals(nbsp("Art._7_ust._1_ustawy"), polish.apply("Art. 7 ust. 1 ustawy"));
        assertEquals(nbsp("{points}_punktów"), polish.apply("{points} punktów"), "a placeholder the script fills with a number counts as one");
    }

    @Test
    void aNumberBeforeAOneLetterWordMayEndTheLineSoAChainOfNumbersCanBreak() {
        assertEquals(nbsp("Art._10_ust._1 i_2_ustawy"), polish.apply("Art. 10 ust. 1 i 2 ustawy"));
        assertEquals(nbsp("8_punktów z_65"), polish.apply("8 punktów z 65"));
        assertEquals(nbsp("w_2026_r. i_dalej"), polish.apply("w 2026 r. i dalej"), "an abbreviation of one letter stays with its number");
    }

    @Test
    void urlsCodeAndAttributesAreLeftAsWritten() {
        assertEquals(nbsp("zobacz https://example.org/w domu i_dalej"), polish.apply("zobacz https://example.org/w domu i dalej"));
        Document doc = Jsoup.parse("<html lang=pl><body><p title=\"w domu\">w domu <code>a b</code></p><pre>i z</pre></body></html>");
        polish.apply(doc);
        assertEquals("w&nbsp;domu <code>a b</code>", doc.selectFirst("p").html());
        assertEquals("w domu", doc.selectFirst("p").attr("title"));
        assertEquals("i z", doc.selectFirst("pre").text());
    }

    /** A picture's alt text is read out, or shown where the picture is not, as the text around it: typeset the same; a picture in another language's element keeps its own. */
    @Test
    void aPicturesAltTextIsTypesetAsTheTextIs() {
        Document doc = Jsoup.parse("<html lang=pl><body><p><img src=a.png alt=\"Biurko w domu i 2 monitory\" title=\"w domu\"></p>"
                + "<p lang=en><img src=b.png alt=\"a cat w domu\"></p><pre><img src=c.png alt=\"i z\"></pre></body></html>");
        polish.apply(doc);
        assertEquals(nbsp("Biurko w_domu i_2_monitory"), doc.selectFirst("img[src=a.png]").attr("alt"));
        assertEquals("w domu", doc.selectFirst("img[src=a.png]").attr("title"));
        assertEquals("a cat w domu", doc.selectFirst("img[src=b.png]").attr("alt"));
        assertEquals("i z", doc.selectFirst("img[src=c.png]").attr("alt"));
    }

    /** Text in another language keeps its own typography: a card of a Ukrainian or English article on a Polish page. */
    @Test
    void textMarkedAsAnotherLanguageIsLeftAsWritten() {
        Document doc = Jsoup.parse("<html lang=pl><body><p>w domu</p><li lang=uk><p>у листі <b>і з</b> a b</p></li>"
                + "<p lang=en>a cat w domu</p><p>i z</p><p lang=pl-PL>a w domu</p><p lang=PL>u nas</p><p lang=plx>w domu</p></body></html>");
        polish.apply(doc);
        assertEquals(List.of(nbsp("w_domu"), "у листі і з a b", "a cat w domu", nbsp("i_z"), nbsp("a_w_domu"), nbsp("u_nas"), "w domu"),
                doc.select("p").stream().map(p -> p.wholeText()).toList());
    }

    @Test
    void aLanguageWithoutRulesIsLeftExactlyAsWritten() {
        assertEquals("I was in a room with 40 EUR.", none.apply("I was in a room with 40 EUR."));
    }
    @Test
    void eachRuleWorksOnItsOwn() {
        Typography letters = new Typography(new Language("cs", new ULocale("cs"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.SINGLE_LETTER_WORDS),
                List.of()));
        Typography numbers = new Typography(new Language("de", new ULocale("de"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.NUMBERS),
                List.of()));
        assertEquals(nbsp("v_domě 15 dní"), letters.apply("v domě 15 dní"));
        assertEquals(nbsp("a 15_Tage"), numbers.apply("a 15 Tage"));
        assertEquals(nbsp("Art. 7_mit 10_000_EUR"), numbers.apply("Art. 7 mit 10 000 EUR"), "without glueBefore words, an article number may break");
        Document doc = Jsoup.parse("<html><body><p>v domě</p></body></html>");
        letters.apply(doc);
        assertEquals("v&nbsp;domě", doc.selectFirst("p").html());
    }

    @Test
    void glueWordsAreMatchedWhateverTheirCase() {
        Typography glue = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.NUMBERS),
                List.of("Art.", "ust.")));
        assertEquals(nbsp("ART._5_i ust._2; start. 3"), glue.apply("ART. 5 i ust. 2; start. 3"), "the end of a longer word is not a glue word");
    }
    @Test
    void aTextThatStartsWithSpacesAfterAnInlineElementIsHandledToo() {
        assertEquals(nbsp(" w_domu"), polish.apply(" w domu"));
        Document doc = Jsoup.parse("<html lang=pl><body><p><em>Zawsze</em> w domu</p></body></html>");
        polish.apply(doc);
        assertEquals("<em>Zawsze</em> w&nbsp;domu", doc.selectFirst("p").html());
    }

    /** A spaced dash ends its line and never begins the next: the space before it does not break (the dashes rule). */
    @Test
    void aSpacedDashStaysWithTheWordBeforeIt() {
        Typography dashes = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.DASHES),
                List.of()));
        assertEquals(nbsp("etapy_– i wystawiaj, klient_— okiem"), dashes.apply("etapy – i wystawiaj, klient — okiem"));
        assertEquals(nbsp("zaległości_– po takiej"), dashes.apply("zaległości\n  – po takiej"), "a run of spaces and a line break in the source");
        assertEquals(nbsp("Terminy_–"), dashes.apply("Terminy –"), "a dash at the end of the text");
        assertEquals("§ 1–3, strony 10 –12, a -b, a - b", dashes.apply("§ 1–3, strony 10 –12, a -b, a - b"), "only a dash standing alone, and no hyphen");
        assertEquals(nbsp("a_– b"), dashes.apply(dashes.apply("a – b")), "typesetting twice changes nothing");
        assertEquals(nbsp("etapy – i_wystawiaj"), polish.apply("etapy – i wystawiaj"), "a language without the rule may begin a line with a dash");
        assertEquals(nbsp("etapy_– i_wystawiaj"), new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.SINGLE_LETTER_WORDS, Language.TypographyRule.DASHES), List.of())).apply("etapy – i wystawiaj"));
    }

    /** After a link the space before a dash is a break between words; at a block's start or after a line break it is nothing, and stays so. */
    @Test
    void aDashRightAfterALinkStaysWithTheLinkButNotWithABlocksEdge() {
        Typography dashes = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.DASHES),
                List.of()));
        Document doc = Jsoup.parse("<html lang=pl><body><p><a href=/x>Poinformuj klienta</a> – pomoże ci</p><p><b>x</b><em> – y</em></p>"
                + "<p> – pierwszy</p><p>a<br> – b</p><p title=\"a – b\">a <code>x – y</code></p></body></html>");
        dashes.apply(doc);
        doc.outputSettings().prettyPrint(false);
        assertEquals(List.of("<a href=\"/x\">Poinformuj klienta</a>&nbsp;– pomoże ci", "<b>x</b><em>&nbsp;– y</em>", " – pierwszy", "a<br> – b",
                "a <code>x – y</code>"), doc.select("p").stream().map(p -> p.html()).toList());
        assertEquals("a – b", doc.select("p").last().attr("title"));
        assertEquals(" – dalej", dashes.apply(" – dalej"), "a text on its own (a title) starts no line after a word");
    }

    @Test
    void aNumberAtTheStartOrBeforeAPercentSignKeepsItsCompanion() {
        assertEquals(nbsp("15_grudnia wzrost o_50_%"), polish.apply("15 grudnia wzrost o 50 %"));
        assertEquals("format mp3 został", polish.apply("format mp3 został"), "a number glued to letters is a name, not a count");
        assertEquals("Czekaj... dalej", polish.apply("Czekaj... dalej"), "dots alone are no number");
    }

    @Test
    void onlyAGroupOfExactlyThreeDigitsAfterANumberIsAThousandsGroup() {
        assertEquals(nbsp("kosztuje 10_000"), polish.apply("kosztuje 10 000"), "a group at the end of the text");
        assertEquals(nbsp("kosztuje 10_000_zł"), polish.apply("kosztuje 10  000 zł"), "a run of spaces becomes one non-breaking space");
        assertEquals("strona 100", polish.apply("strona 100"), "a word before a number may end the line");
        assertEquals(nbsp("rok 1 0000_zł"), polish.apply("rok 1 0000 zł"), "four digits are no group");
        assertEquals("godz. 10 00", polish.apply("godz. 10 00"), "two digits are no group");
    }

    @Test
    void aPlaceholderIsLettersDigitsOrUnderscoresInBraces() {
        assertEquals("{max_points}\u00A0punktów", polish.apply("{max_points} punktów"));
        assertEquals("{} punktów", polish.apply("{} punktów"));
        assertEquals("{a-b} punktów", polish.apply("{a-b} punktów"));
    }

    @Test
    void aLetterAfterAnUnderscoreIsPartOfAName() {
        assertEquals("pole_a i\u00A0pole_b", polish.apply("pole_a i pole_b"));
    }

    @Test
    void anAbbreviationOfSeveralWordsStaysOnOneLineAsWholeWordsOnly() {
        Typography kept = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.NUMBERS), List.of("poz."), List.of(), List.of("Dz. U.", "tys. zł")));
        assertEquals(nbsp("(Dz._U. z 2023_r. poz._1598)"), kept.apply("(Dz. U. z 2023 r. poz. 1598)"));
        assertEquals(nbsp("dz._u. i Dz._U."), kept.apply("dz. u. i Dz.\n  U."), "any case, and a line break in the source");
        assertEquals(nbsp("5_tys._zł, 5_tys. złotych, Adz. U."), kept.apply("5 tys. zł, 5 tys. złotych, Adz. U."), "whole words only");
        assertEquals(nbsp("Dz._U."), kept.apply(kept.apply("Dz. U.")), "typesetting twice changes nothing");
        Typography alone = new Typography(new Language("en", new ULocale("en"), "ltr", "Latin-ASCII", List.of(), List.of(), List.of(),
                List.of("et al.")));
        assertEquals(nbsp("Smith et_al. wrote"), alone.apply("Smith et al. wrote"), "without any typography rule");
    }

    /** Phrases are looked for only where their first letter stands, in any case: none may be missed for it. */
    @Test
    void aPhraseIsFoundWhateverTheCaseOfItsFirstLetterAndRightAfterAnother() {
        Typography kept = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII", List.of(), List.of(), List.of(),
                List.of("śr. mies.", "tys. zł", "zł rocznie")));
        assertEquals(nbsp("ŚR._MIES. i Śr._mies."), kept.apply("ŚR. MIES. i Śr.  mies."), "a first letter outside ASCII, upper case");
        assertEquals(nbsp("Tys._zł"), kept.apply("Tys. zł"), "an upper-case first letter");
        assertEquals(nbsp("tys._zł rocznie; 5 tys._zł tys._zł"), kept.apply("tys. zł rocznie; 5 tys. zł tys. zł"),
                "a phrase overlapping the one before stays as it is; the next one after it is kept");
        assertEquals(nbsp("atys. zł ztys. zł śr. mies"), kept.apply("atys. zł ztys. zł śr. mies"), "whole words only, from the first letter on");
    }

    /**
     * A pair of words with a slash may end a line after the slash (a phone with large text cut the notice's
     * "zdecydowałem/zdecydowałam," mid-word), with a wbr, which is no character: the text stays as written.
     */
    @Test
    void aPairOfWordsMayBreakAfterItsSlashOnThePageOnly() {
        Typography slashes = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.SINGLE_LETTER_WORDS, Language.TypographyRule.SLASHES), List.of()));
        Document doc = Jsoup.parse("<html lang=pl><body><p title=\"on/ona\">Ja, zdecydowałem/zdecydowałam, jako (uprawniony/uprawniona). "
                + "<a href=\"https://example.org/abc/def\">example.org/abc/def</a> /pl/jak a@b.pl/abc https://x.pl/abc/def "
                + "km/h i/lub zł/godz. 10/12 abc/ <code>klient/klientka</code> <img src=a.png alt=\"klient/klientka\"></p>"
                + "<pre>klient/klientka</pre><p lang=en>his/hers</p><p><em>klient</em>/klientka w/klientka</p></body></html>");
        slashes.apply(doc);
        slashes.apply(doc);
        doc.outputSettings().prettyPrint(false);
        assertEquals("Ja, zdecydowałem/<wbr>zdecydowałam, jako (uprawniony/<wbr>uprawniona). "
                + "<a href=\"https://example.org/abc/def\">example.org/abc/def</a> /pl/jak a@b.pl/abc https://x.pl/abc/def "
                + "km/h i/lub zł/godz. 10/12 abc/ <code>klient/klientka</code> <img src=\"a.png\" alt=\"klient/klientka\">",
                doc.selectFirst("p").html(), "only between words of three letters or more, once however often typeset; no address, unit, number or code");
        assertEquals("on/ona", doc.selectFirst("p").attr("title"));
        assertEquals(List.of("klient/klientka", "his/hers", "<em>klient</em>/klientka w/klientka"),
                doc.select("pre, p[lang], p:has(em)").stream().map(e -> e.html()).toList(), "preformatted, another language's, or a pair split by an element");
        assertEquals("Ja, zdecydowałem/zdecydowałam, jako (uprawniony/uprawniona).", SearchableText.textOf(doc.selectFirst("p")).substring(0, 60),
                "the search index reads the pair as written");
        assertEquals("klient/klientka", slashes.apply("klient/klientka"), "a text (a title, the feed, the quiz's words) has no wbr");
        Document without = Jsoup.parse("<html lang=pl><body><p>klient/klientka</p></body></html>");
        polish.apply(without);
        assertEquals("klient/klientka", without.selectFirst("p").html(), "a language without the rule");
    }

    /**
     * A hyphenated word with a one-letter prefix or an abbreviation's ending stays on one line (a phone ended a line of the
     * Polish 5-signs article with "e-"): in a span the style sheet keeps whole, which is no character, so the text stays as written.
     */
    @Test
    void aWordWithAOneLetterPrefixOrAnAbbreviationsEndingStaysWholeOnThePageOnly() {
        Typography hyphens = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.SINGLE_LETTER_WORDS, Language.TypographyRule.HYPHENS, Language.TypographyRule.SLASHES), List.of()));
        Document doc = Jsoup.parse("<html lang=pl><body><p title=\"e-mail\">Po uprzedzeniu e-mailem, (E-mail) i „e-Faktur” w CMS-u, "
                + "SMS-em; e-mail-marketing. /e-mail a.e-b e-pity.pl e-mail@example.org e-mail2 co-founder A-4 "
                + "<code>e-mail</code> <img src=a.png alt=\"e-mail\"> klient/klientka <a href=/x>e-mail</a></p><p lang=en>e-mail</p></body></html>");
        hyphens.apply(doc);
        hyphens.apply(doc);
        doc.outputSettings().prettyPrint(false);
        assertEquals("<span>Po uprzedzeniu <span class=\"whole-word\">e-mailem</span>, (<span class=\"whole-word\">E-mail</span>) i&nbsp;„"
                + "<span class=\"whole-word\">e-Faktur</span>” w&nbsp;<span class=\"whole-word\">CMS-u</span>, <span class=\"whole-word\">SMS-em</span>; "
                + "<span class=\"whole-word\">e-mail</span>-marketing. /e-mail a.e-b e-pity.pl e-mail@example.org e-mail2 co-founder A-4 </span>"
                + "<code>e-mail</code> <img src=\"a.png\" alt=\"e-mail\"> klient/<wbr>klientka "
                + "<a href=\"/x\"><span class=\"whole-word\">e-mail</span></a>",
                doc.selectFirst("p").html(), "once however often typeset; no address, number, longer prefix or code; the slashes rule still "
                + "applies; the text around a word in one span, one box as it was, a word alone without");
        assertEquals("e-mail", doc.selectFirst("p").attr("title"));
        assertEquals("e-mail", doc.selectFirst("p[lang]").html(), "another language's text");
        Document once = Jsoup.parse("<html lang=pl><body><p>- e-book klient/klientka</p><p>\u2010 e\u2010mail</p><p>co-founder klient/klientka</p>"
                + "<select><option>e-mail</option></select></body></html>");
        hyphens.apply(once);
        once.outputSettings().prettyPrint(false);
        assertEquals(List.of("<span>- <span class=\"whole-word\">e-book</span> klient/<wbr>klientka</span>", "<span>\u2010 <span class=\"whole-word\">e\u2010mail</span></span>",
                "co-founder klient/<wbr>klientka", "<option>e-mail</option>"), once.select("p, select").stream().map(e -> e.html()).toList(),
                "a word with a typographic hyphen (U+2010); the slashes rule on the text around a word or without one; no span in a list's option");
        assertFalse(hyphens.isNone());
        assertFalse(new Typography(new Language("en", new ULocale("en"), "ltr", "Latin-ASCII", List.of(Language.TypographyRule.HYPHENS), List.of())).isNone());
        assertTrue(none.isNone(), "a language without rules leaves pages as written");
        assertEquals("Po uprzedzeniu e-mailem, (E-mail)", SearchableText.textOf(doc.selectFirst("p")).substring(0, 33), "the search index reads the words as written");
        assertEquals("e-mailem", hyphens.apply("e-mailem"), "a text (a title, the feed, the quiz's words) has no span");
        Document without = Jsoup.parse("<html lang=pl><body><p>e-mailem</p></body></html>");
        polish.apply(without);
        assertEquals("e-mailem", without.selectFirst("p").html(), "a language without the rule");
    }

    @Test
    void neitherWordBreakRuleAddsAnElementInsideAPictureOrAFormula() {
        // A guard (passes before and after the two rules shared one check): text in an inline SVG or MathML is typeset,
        // but an element added there would not be HTML's, so the words stay as written.
        Typography both = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.HYPHENS, Language.TypographyRule.SLASHES), List.of()));
        Document doc = Jsoup.parse("<html lang=pl><body><svg><text>e-mail klient/klientka</text></svg>"
                + "<math><mi>e-mail klient/klientka</mi></math><p>e-mail klient/klientka</p></body></html>");
        both.apply(doc);
        doc.outputSettings().prettyPrint(false);
        assertEquals(List.of("e-mail klient/klientka", "e-mail klient/klientka",
                "<span><span class=\"whole-word\">e-mail</span> klient/<wbr>klientka</span>"),
                doc.select("text, mi, p").stream().map(e -> e.html()).toList());
    }
}
