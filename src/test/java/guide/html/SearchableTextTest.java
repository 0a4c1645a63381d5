package guide.html;

import guide.search.PageText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What search reads of a page: footnotes, above all, as readers read them (no numbers glued to words). */
class SearchableTextTest {

    private static List<PageText.Section> sections(String prose) {
        String page = "<html lang=\"pl\"><head><meta name=\"guide-search\" content=\"index\" data-date=\"2026-01-01\">"
                + "<link rel=\"canonical\" href=\"https://example.org/pl/a/\"></head><body><h1>Tytuł</h1><div data-prose>"
                + prose + "</div></body></html>";
        return SearchableText.of(Jsoup.parse(page)).orElseThrow().sections();
    }

    @Test
    void aFootnotesTextGoesWithTheSectionThatCitesItWithoutNumbersOrBackLinks() {
        List<PageText.Section> sections = sections("<p>Wstęp.</p>"
                + "<h2 id=\"kara\">Kara umowna</h2><p>Zastrzeż karę<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>: to działa.</p>"
                + "<h2 id=\"koniec\">Podsumowanie</h2><p>Na koniec.</p>"
                + "<div class=\"footnotes\"><hr><ol><li id=\"fn-1\"><p>Art. 483 § 1 Kodeksu cywilnego.</p>"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a></li></ol></div>");
        assertEquals(List.of(
                new PageText.Section("", "", "Wstęp."),
                new PageText.Section("kara", "Kara umowna", "Zastrzeż karę: to działa. Art. 483 § 1 Kodeksu cywilnego."),
                new PageText.Section("koniec", "Podsumowanie", "Na koniec.")), sections);
    }

    @Test
    void aNoteCitedTwiceGoesWithTheFirstSectionThatCitesIt() {
        List<PageText.Section> sections = sections("<h2 id=\"a\">A</h2><p>Raz<sup><a class=\"footnote-ref\" href=\"#fn-x\">1</a></sup>.</p>"
                + "<h2 id=\"b\">B</h2><p>Dwa<sup><a class=\"footnote-ref\" href=\"#fn-x\">1</a></sup>.</p>"
                + "<div class=\"footnotes\"><ol><li id=\"fn-x\"><p>Przypis.</p></li></ol></div>");
        assertEquals("Raz. Przypis.", sections.get(0).text());
        assertEquals("Dwa.", sections.get(1).text());
    }

    /** A note cited in a heading belongs to that heading's section, and its number is not part of the heading. */
    @Test
    void aNoteCitedInAHeadingGoesWithItsSection() {
        List<PageText.Section> sections = sections("<h2 id=\"hc\">Heading cite<sup><a class=\"footnote-ref\" href=\"#fn-c\">3</a></sup></h2>"
                + "<p>Plain words.</p><h2 id=\"tail\">Tail</h2><p>Tail words.</p>"
                + "<div class=\"footnotes\"><ol><li id=\"fn-c\"><p>Gammanote.</p></li></ol></div>");
        assertEquals(List.of(new PageText.Section("hc", "Heading cite", "Plain words. Gammanote."),
                new PageText.Section("tail", "Tail", "Tail words.")), sections);
    }

    /** A link that only looks like a footnote reference (no address to a note) is text, and stops nothing. */
    @Test
    void aFootnoteLinkWithoutAnAddressIsIgnored() {
        List<PageText.Section> sections = sections("<p>Body <a class=\"footnote-ref\">x</a> of the first section.</p>");
        assertEquals(List.of(new PageText.Section("", "", "Body of the first section.")), sections);
    }

    /**
     * The quiz's table of results, as its template writes it: each cell, title and heading is set off from the next in the
     * indexed text, so an excerpt never runs a band's advice into the next cell ("alarmującego Z zaznaczonych").
     */
    @Test
    void tableCellsAndListItemsDoNotRunTogether() {
        String page = "<html lang=\"pl\"><head><meta name=\"guide-search\" content=\"index\" data-date=\"2026-01-01\">"
                + "<link rel=\"canonical\" href=\"https://example.org/pl/quiz/\"></head><body><h1>Quiz</h1>"
                + "<section class=\"quiz-bands\" id=\"bands\" data-search-text><h2 id=\"bands-title\">Co oznacza wynik</h2>"
                + "<p>Zsumuj punkty.</p><table><thead><tr><th scope=\"col\">Punkty</th><th scope=\"col\">Wynik</th>"
                + "<th scope=\"col\">Co robić</th></tr></thead><tbody><tr><td>0–5 punktów</td>"
                + "<th scope=\"row\">Na razie nic alarmującego</th><td data-content><p>Z zaznaczonych odpowiedzi nic nie wynika.</p></td></tr>"
                + "<tr><td>6–10 punktów</td><th scope=\"row\">Uwaga</th><td><ul><li>Porozmawiaj</li><li>Zapisz ustalenia</li></ul></td></tr>"
                + "</tbody></table></section></body></html>";
        List<PageText.Section> sections = SearchableText.of(Jsoup.parse(page)).orElseThrow().sections();
        assertEquals(List.of(new PageText.Section("bands-title", "Co oznacza wynik", "Zsumuj punkty. Punkty · Wynik · Co robić · "
                + "0–5 punktów · Na razie nic alarmującego · Z zaznaczonych odpowiedzi nic nie wynika. "
                + "6–10 punktów · Uwaga · Porozmawiaj · Zapisz ustalenia")), sections);
    }

    /**
     * A search result shows the page's title, its section's heading and an excerpt as the page writes them: a one-letter
     * Polish word keeps its no-break space to the next word, so the result does not end a line with "z" or "i".
     */
    @Test
    void titlesHeadingsAndNotesKeepTheirNoBreakSpaces() {
        String page = "<html lang=\"pl\"><head><meta name=\"guide-search\" content=\"index\" data-date=\"2026-01-01\">"
                + "<link rel=\"canonical\" href=\"https://example.org/pl/a/\"></head><body>"
                + "<h1>Jak zakończyć współpracę z&nbsp;klientem w&nbsp;3&nbsp;krokach</h1><div data-prose>"
                + "<h2 id=\"cena\">Inne wyobrażenie o&nbsp;<em>cenie</em><sup><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></h2>"
                + "<p>Tekst.</p><div class=\"footnotes\"><ol><li id=\"fn-1\"><p>Ustawa z&nbsp;dnia 23 kwietnia 1964 r.</p>"
                + "<p>Kodeks cywilny.</p>&nbsp;<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a></li></ol></div></div></body></html>";
        PageText text = SearchableText.of(Jsoup.parse(page)).orElseThrow();
        PageText.Section section = text.sections().get(0);
        // A no-break space shown as "~", so that a failure shows which one is missing.
        assertEquals("Jak zakończyć współpracę z~klientem w~3~krokach", text.title().replace('\u00a0', '~'));
        assertEquals("Inne wyobrażenie o~cenie", section.heading().replace('\u00a0', '~'));
        assertEquals("Tekst. Ustawa z~dnia 23 kwietnia 1964 r. Kodeks cywilny.", section.text().replace('\u00a0', '~'));
    }

    /** A quiz sign's title names its group: a hit in the sign leads to the whole sign (its id), not to the title's own id. */
    @Test
    void aGroupsTitleStartsTheGroupsSection() {
        List<PageText.Section> sections = sections("<p>Wstęp.</p><div class=\"quiz-sign\" id=\"sign-pay\" role=\"group\" aria-labelledby=\"sign-pay-title\">"
                + "<h2 id=\"sign-pay-title\">1. Płatności</h2><div class=\"quiz-item\"><input type=\"checkbox\" id=\"q-late\">"
                + "<label for=\"q-late\">Klient płaci po terminie.</label></div></div>");
        assertEquals(List.of(new PageText.Section("", "", "Wstęp."),
                new PageText.Section("sign-pay", "1. Płatności", "Klient płaci po terminie.")), sections);
    }

    /**
     * A region inside another (a quiz's {@code data-search-text} in the text) is read once, with the region that holds it, and
     * regions are read in the page's order. A guard (it passes before and after the walk that finds regions without going
     * into them): the page's text indexed twice would rank it above others, and out of order would mislead an excerpt.
     */
    @Test
    void aRegionInsideAnotherIsReadOnceAndRegionsInThePagesOrder() {
        String page = "<html lang=\"pl\"><head><meta name=\"guide-search\" content=\"index\" data-date=\"2026-01-01\">"
                + "<link rel=\"canonical\" href=\"https://example.org/pl/a/\"></head><body><h1>Tytuł</h1>"
                + "<aside data-search-text><p>Najpierw.</p></aside><div data-prose><p>Tekst.</p>"
                + "<section data-search-text><p>W środku.</p></section></div><footer><p>Stopka.</p></footer>"
                + "<div data-search-text><p>Potem.</p></div></body></html>";
        assertEquals(List.of(new PageText.Section("", "", "Najpierw. Tekst. W środku. Potem.")),
                SearchableText.of(Jsoup.parse(page)).orElseThrow().sections());
    }
}
