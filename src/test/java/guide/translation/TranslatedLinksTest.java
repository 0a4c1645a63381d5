package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new translation's text starts as its source's: its links to source-language pages go to their
 * versions in the target language where there is one (the build refuses the source-language
 * address then), and the translator hears of those that have none yet.
 */
class TranslatedLinksTest {
    private static final List<ContentDocument> SITE = List.of(
            TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").build(),
            TestDocument.article("en", "index").type(DocumentType.HOME).key("home").build(),
            TestDocument.article("pl", "jak-wycenic").key("pricing").build(),
            TestDocument.article("en", "pricing-a-project").key("pricing").build(),
            TestDocument.article("pl", "zaliczka").key("advance").build(),
            TestDocument.article("pl", "umowa").key("contract").build(),
            TestDocument.article("en", "the-contract").key("contract").draft().build());
    /** Built for each test, not once for the class: PIT changes the code under test after a class's static fields are set. */
    private final TranslatedAddresses addresses = new TranslatedAddresses(SITE);

    @Test
    void linksToPagesWithATranslationGoToItWithTheirAnchor() {
        TranslatedLinks links = TranslatedLinks.of("""

                Wróć na [stronę główną](/pl/) albo przeczytaj [o stawce](/pl/jak-wycenic/#hourly-rate "Wycena").

                ![Wykres](/pl/jak-wycenic/?druk=1)

                [wycena]: /pl/jak-wycenic/
                """, "pl", "en", addresses, 9);
        assertEquals("""

                Wróć na [stronę główną](/en/) albo przeczytaj [o stawce](/en/pricing-a-project/#hourly-rate "Wycena").

                ![Wykres](/en/pricing-a-project/?druk=1)

                [wycena]: /en/pricing-a-project/
                """, links.body());
        assertEquals(List.of(new TranslatedLinks.Link(10, "/pl/", "/en/"),
                new TranslatedLinks.Link(10, "/pl/jak-wycenic/#hourly-rate", "/en/pricing-a-project/#hourly-rate"),
                new TranslatedLinks.Link(12, "/pl/jak-wycenic/?druk=1", "/en/pricing-a-project/?druk=1"),
                new TranslatedLinks.Link(14, "/pl/jak-wycenic/", "/en/pricing-a-project/")), links.moved());
        assertEquals(List.of(), links.kept());
    }

    @Test
    void rawHtmlLinksCountAndCodeIsLeftAsItIsEvenWhenItShowsHtml() {
        String body = """
                <p class="note"><a href="/pl/jak-wycenic/">Wycena</a></p>

                Inline <a href='/pl/'>start</a> and `[kod](/pl/)`:

                    [w bloku kodu](/pl/jak-wycenic/)

                Tak wygląda odnośnik w HTML: `<a href="/pl/">`.

                ```html
                <a href="/pl/jak-wycenic/">Wycena</a>
                ```
                """;
        assertEquals("""
                <p class="note"><a href="/en/pricing-a-project/">Wycena</a></p>

                Inline <a href='/en/'>start</a> and `[kod](/pl/)`:

                    [w bloku kodu](/pl/jak-wycenic/)

                Tak wygląda odnośnik w HTML: `<a href="/pl/">`.

                ```html
                <a href="/pl/jak-wycenic/">Wycena</a>
                ```
                """, TranslatedLinks.of(body, "pl", "en", addresses, 1).body());
    }

    @Test
    void aPageWithNoTranslationYetKeepsItsLinkAndIsNamedAtItsLine() {
        TranslatedLinks links = TranslatedLinks.of("\nZobacz [zaliczkę](/pl/zaliczka/#kiedy), [plik](/pl/wykres.png) i [stronę](https://example.com/pl/).\n",
                "pl", "en", addresses, 8);
        assertEquals("\nZobacz [zaliczkę](/pl/zaliczka/#kiedy), [plik](/pl/wykres.png) i [stronę](https://example.com/pl/).\n", links.body());
        assertEquals(List.of(new TranslatedLinks.Link(9, "/pl/zaliczka/#kiedy", "/pl/zaliczka/#kiedy")), links.kept(),
                "a page with no English version; not a file, nor another site");
        assertEquals(List.of(), links.moved());
    }

    @Test
    void aPageWhoseTranslationIsADraftKeepsItsLinkAndNamesTheDraft() {
        TranslatedLinks links = TranslatedLinks.of("\nZobacz [umowę](/pl/umowa/#kary).\n", "pl", "en", addresses, 8);
        assertEquals("\nZobacz [umowę](/pl/umowa/#kary).\n", links.body(), "the English draft is not published: a link to it would be broken");
        assertEquals(List.of(new TranslatedLinks.Waiting(9, "/pl/umowa/#kary", "/en/the-contract/#kary", "content/en/the-contract.md")),
                links.waiting());
        assertEquals(List.of(), links.moved());
        assertEquals(List.of(), links.kept(), "it has an English version, not yet published");
    }

    /**
     * What the translator is told, at each link's line: a page with no version yet, then a draft, whose link is named
     * when it has an #anchor (the page alone is named otherwise).
     */
    @Test
    void theNotesNameEachKeptLinkAndEachDraftWithWhatToDo() {
        TranslatedLinks links = new TranslatedLinks("", List.of(), List.of(new TranslatedLinks.Link(9, "/pl/zaliczka/", "/pl/zaliczka/")),
                List.of(new TranslatedLinks.Waiting(11, "/pl/umowa/#kary", "/en/the-contract/#kary", "content/en/the-contract.md"),
                        new TranslatedLinks.Waiting(12, "/pl/umowa/", "/en/the-contract/", "content/en/the-contract.md")));
        assertEquals(List.of(
                new TranslatedLinks.Note(9, "/pl/zaliczka/ has no English version yet: the link goes to the Polish page until an English version exists"),
                new TranslatedLinks.Note(11, "the English version of /pl/umowa/ is still a draft (content/en/the-contract.md): the link to /pl/umowa/#kary"
                        + " goes to the Polish page until that draft is published; once it is, the build stops at this line and asks for"
                        + " /en/the-contract/#kary"),
                new TranslatedLinks.Note(12, "the English version of /pl/umowa/ is still a draft (content/en/the-contract.md): the link"
                        + " goes to the Polish page until that draft is published; once it is, the build stops at this line and asks for"
                        + " /en/the-contract/")), links.notes("Polish", "English"));
    }
}
