package guide.check;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A legal statement without its basis is named at the Markdown line that holds it; a missing legal status date at the header. */
class LegalCitationLocatorTest {
    // TestDocument writes seven header lines and the separator: the body starts on line 9.
    private static final ContentDocument DOC = TestDocument.article("pl", "umowa").body("""
            Wstęp.

            Gdy klient nie płaci, naliczasz
            kary umownej w wysokości 10% za każdy dzień.

            Zgodnie z art. 484 § 1 kodeksu cywilnego.
            """).build();

    private static List<String> located(ContentDocument doc, LegalCitations.Finding... findings) {
        List<Problem> problems = new ArrayList<>();
        LegalCitationLocator.locate(doc, "pl/umowa/index.html", List.of(findings), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aStatementIsNamedAtItsLine() {
        LegalCitations.Finding finding = new LegalCitations.Finding("art. 484 § 1 kodeksu", false);
        assertEquals(List.of("content/pl/umowa.md:14: " + finding.message()), located(DOC, finding));
    }

    @Test
    void aStatementSplitOverLinesIsNamedAtTheLineWhereItBegins() {
        LegalCitations.Finding finding = new LegalCitations.Finding("naliczasz kary umownej w wysokości", false);
        assertEquals(List.of("content/pl/umowa.md:11: " + finding.message()), located(DOC, finding));
        LegalCitations.Finding later = new LegalCitations.Finding("kary umownej w wysokości 10%", false);
        assertEquals(List.of("content/pl/umowa.md:12: " + later.message()), located(DOC, later));
    }

    @Test
    void aFirstWordAloneStillFindsItsLine() {
        LegalCitations.Finding finding = new LegalCitations.Finding("Wstęp. Gdy klient", false);
        assertEquals(List.of("content/pl/umowa.md:9: " + finding.message()), located(DOC, finding));
    }

    /** A statement whose words the Markdown does not spell out as the page shows them (an entity) is named at the text's first line. */
    @Test
    void aStatementNoLineSpellsOutIsNamedAtTheFirstLineOfTheText() {
        ContentDocument doc = TestDocument.article("pl", "umowa").body("Wstęp.\n\nZgodnie z ustaw&#261; o terminach zapłaty.\n").build();
        LegalCitations.Finding finding = new LegalCitations.Finding("ustawą o terminach zapłaty.", false);
        assertEquals(List.of("content/pl/umowa.md:9: " + finding.message()), located(doc, finding));
    }

    @Test
    void aMissingLegalStatusDateIsNamedAtTheHeader() {
        LegalCitations.Finding finding = new LegalCitations.Finding("art. 484 § 1 kodeksu", true);
        assertEquals(List.of("content/pl/umowa.md:1: " + finding.message()), located(DOC, finding));
    }

    @Test
    void aPageWithoutMarkdownIsNamedItself() {
        LegalCitations.Finding finding = new LegalCitations.Finding("art. 484 § 1 kodeksu", false);
        assertEquals(List.of("pl/umowa/index.html: " + finding.message()), located(null, finding));
    }
}
