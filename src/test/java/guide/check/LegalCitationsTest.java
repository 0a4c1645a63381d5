package guide.check;

import guide.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A paragraph that states the law cites its basis in a footnote, and a page that states the law
 * shows the date of its legal status; the finding quotes the statement so the editor can find it.
 */
class LegalCitationsTest {
    private static final String NOTICE = "<p class=\"legal-notice\" role=\"note\">Stan prawny na 1 stycznia 2026.</p>";
    private final LegalCitations polish = LegalCitations.of(List.of("art.", "ustawa", "kar* umown*"));

    /** The page as the templates render it: the article's Markdown inside the prose, the legal notice above it if asked. */
    private static Document page(String markdown, boolean notice) {
        return Jsoup.parse("<html lang=pl><body><main>" + (notice ? NOTICE : "") + "<div class=\"prose\" data-prose data-content>"
                + Markdown.toHtml(markdown) + "</div></main></body></html>");
    }

    private List<LegalCitations.Finding> findings(String markdown) {
        return polish.check(page(markdown, true));
    }

    @Test
    void aLanguageWithoutLegalTermsHasNoSuchCheck() {
        assertNull(LegalCitations.of(List.of()));
        assertNull(LegalCitations.of(List.of(" ", "")), "blank terms are no terms");
    }

    @Test
    void aBlankTermAmongOthersMatchesNothing() {
        LegalCitations withBlank = LegalCitations.of(List.of("", "ustawa", " "));
        assertEquals(List.of(), withBlank.check(page("Zwykły akapit bez prawa.\n", true)));
        assertEquals(List.of(new LegalCitations.Finding("Ustawa mówi jasno.", false)), withBlank.check(page("Ustawa mówi jasno.\n", true)));
    }

    @Test
    void aLegalStatementWithoutAFootnoteIsReportedWithItsFirstWords() {
        assertEquals(List.of(new LegalCitations.Finding("art. 484 § 1 kodeksu", false)),
                findings("Wstęp bez prawa.\n\nZgodnie z art. 484 § 1 kodeksu cywilnego należy się kara.\n"));
    }

    @Test
    void aFootnoteGivingTheBasisSatisfiesIt() {
        assertEquals(List.of(), findings("Zgodnie z art. 484 § 1 kodeksu cywilnego należy się kara.[^1]\n\n[^1]: Art. 484 § 1 ustawy z dnia 23 kwietnia 1964 r.\n"));
    }

    @Test
    void termsMatchWholeWordsWhateverTheCaseAndStarsStandForTheRestOfAWord() {
        assertEquals(List.of(new LegalCitations.Finding("kary umownej.", false), new LegalCitations.Finding("Ustawa mówi jasno.", false)),
                findings("Klient zapłaci kary\u00A0umownej.\n\nUstawa mówi jasno.\n"));
        assertEquals(List.of(), findings("Na start. Kartę umowy podpisz. Ustawach nie ma tu.\n"), "parts of longer words are not terms");
    }

    /** The first whole-word term is the one quoted, wherever the text has the same letters inside other words first. */
    @Test
    void theFirstTermIsFoundAfterPunctuationAndAfterThePartsOfOtherWords() {
        assertEquals(List.of(new LegalCitations.Finding("art. 5) mówi to samo.", false)),
                findings("Start, kartka i 5art. nie są terminami, a (art. 5) mówi to samo.\n"));
        assertEquals(List.of(new LegalCitations.Finding("Kary umowne są dwie.", false)),
                findings("Nakarmiony kot. Kary umowne są dwie.\n"));
    }

    /** A term that starts with a star matches any word ending that way, and so can start with any letter. */
    @Test
    void aTermStartingWithAStarMatchesTheEndsOfWords() {
        LegalCitations endings = LegalCitations.of(List.of("ustaw", "*kodeks*"));
        assertEquals(List.of(new LegalCitations.Finding("antykodeksowy zapis.", false)),
                endings.check(page("To jest antykodeksowy zapis.\n", true)));
    }

    /** A term is found however the text capitalises it: at the start of a sentence, in capitals, with Polish capital letters. */
    @Test
    void aTermIsFoundInCapitalLettersToo() {
        LegalCitations terms = LegalCitations.of(List.of("art.", "zadośćuczynien*", "ustawą"));
        assertEquals(List.of(new LegalCitations.Finding("Art. 5 mówi to samo.", false)), terms.check(page("Art. 5 mówi to samo.\n", true)));
        assertEquals(List.of(new LegalCitations.Finding("Zadośćuczynienie należy się zawsze.", false)),
                terms.check(page("Zadośćuczynienie należy się zawsze.\n", true)));
        assertEquals(List.of(new LegalCitations.Finding("USTAWĄ.", false)), terms.check(page("ZGODNIE Z USTAWĄ.\n", true)));
        assertEquals(List.of(new LegalCitations.Finding("ZADOŚĆUCZYNIENIA.", false)), terms.check(page("PRAWO DO ZADOŚĆUCZYNIENIA.\n", true)));
    }

    @Test
    void listItemsCountAndQuotationsAndFootnotesDoNot() {
        assertEquals(List.of(new LegalCitations.Finding("art. 10 mówi inaczej.", false)),
                findings("- Punkt pierwszy.\n- Ale art. 10 mówi inaczej.\n\n> Klient pisał: ustawa mnie nie obchodzi.\n"));
    }

    @Test
    void eachParagraphOrListItemOfTheTextOrOfTheQuizAdviceIsCheckedOnceInThePagesOrder() {
        // A guard (passes before and after on purpose): the blocks were found by a selector, now by a walk of the page.
        Document doc = Jsoup.parse("<html lang=pl><body><main>" + NOTICE + "<p>Poza tekstem: ustawa pierwsza.</p><div data-prose><ul>"
                + "<li><p>Luźny punkt: ustawa druga.</p><ul><li>Zagnieżdżony: art. 3.</li></ul></li><li>Zwykły punkt: kara umowna 4.</li></ul></div>"
                + "<div class=quiz-advice><div><p>Rada: art. 5.</p></div></div></main></body></html>");
        assertEquals(List.of(new LegalCitations.Finding("ustawa druga.", false), new LegalCitations.Finding("art. 3.", false),
                new LegalCitations.Finding("kara umowna 4.", false), new LegalCitations.Finding("art. 5.", false)), polish.check(doc));
    }

    @Test
    void aPageThatStatesTheLawWithoutItsLegalStatusDateIsReportedOnceWithTheFirstStatement() {
        String markdown = "Zgodnie z art. 484 kodeksu cywilnego należy się kara.[^1]\n\nA ustawa mówi też coś.[^1]\n\n[^1]: Kodeks cywilny.\n";
        assertEquals(List.of(new LegalCitations.Finding("art. 484 kodeksu cywilnego należy", true)), polish.check(page(markdown, false)));
        assertEquals(List.of(), polish.check(page("Zwykły tekst bez prawa.\n", false)), "a page that states no law needs no date");
    }

    @Test
    void aTermRightBeforeItsFootnoteStillCountsAndIsQuotedWithoutTheNumber() {
        String markdown = "Ustawa[^1] o terminach zapłaty obowiązuje.\n\n[^1]: Ustawa z dnia 8 marca 2013 r.\n";
        assertEquals(List.of(new LegalCitations.Finding("Ustawa o terminach zapłaty obowiązuje.", true)), polish.check(page(markdown, false)));
    }

    @Test
    void theMessagesSayWhatToAdd() {
        assertEquals("a legal statement without its basis (\"art. 484 § 1 kodeksu\"): cite the act and article in a footnote, e.g. [^basis] after"
                        + " the sentence and a line \"[^basis]: Art. … ustawy …\" below the text",
                new LegalCitations.Finding("art. 484 § 1 kodeksu", false).message());
        assertEquals("the page states the law (\"art. 484 § 1 kodeksu\") but gives no date of its legal status: add legalStatus=yyyy-MM-dd to the header",
                new LegalCitations.Finding("art. 484 § 1 kodeksu", true).message());
    }
}
