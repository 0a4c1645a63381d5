package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A published translation that still holds passages of its source's text, word for word, is warned of at the
 * first of them; what translations keep as it is (image and link addresses, names, ids) is no such passage.
 */
class UntranslatedTextTest {
    private static final String SOURCE_BODY = """
            Klient, który nie płaci na czas, kosztuje więcej, niż przynosi.

            ## Co zrobić, zanim napiszesz do klienta {#first}

            Zapisz terminy i kwoty, zanim porozmawiasz z klientem.

            ![Schemat trzech kroków wypowiedzenia](/images/exit-steps-pl.svg)

            [Jan Kowalski](https://example.com/jan)
            """;

    private static final String TITLE = "Zaległe faktury: co zrobić";
    private static final String SUMMARY = "Jak odzyskać pieniądze bez kłótni.";

    private static List<String> warnings(String translationBody) {
        return warnings(TestDocument.article("en", "late-invoices").body(translationBody));
    }

    private static List<String> warnings(TestDocument translation) {
        return warnings(translation, SOURCE_BODY);
    }

    private static List<String> warnings(TestDocument translation, String sourceBody) {
        translation.key("late-invoices").header(SourceRevision.KEY, "pl 0123456789ab to=en");
        List<ContentDocument> documents = List.of(
                TestDocument.article("pl", "zalegle-faktury").key("late-invoices").title(TITLE).header("summary", SUMMARY)
                        .body(sourceBody).build(),
                translation.build());
        return UntranslatedText.of(TranslationReport.of(List.of("pl", "en"), "pl", documents, false), new DocumentMemo<>()).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aTranslationPublishedAsItsSourcesCopyIsWarnedOfAtItsFirstPassage() {
        // TestDocument writes eight header lines (the stamp the eighth) and the separator: the body starts at line 10.
        assertEquals(List.of("content/en/late-invoices.md:10: warning: all 4 passages of the text are still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate them, or keep the page a draft (status=draft) until then"),
                warnings(SOURCE_BODY));
    }

    @Test
    void aHalfTranslatedPageIsWarnedOfAtTheFirstPassageLeft() {
        String half = """
                A client who does not pay on time costs more than they bring in.

                ## What to do first {#first}

                Zapisz terminy i kwoty, zanim porozmawiasz z klientem.
                """;
        assertEquals(List.of("content/en/late-invoices.md:14: warning: 1 of 3 passages of the text is still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                warnings(half));
    }

    /** A file that ends without a line break: its last passage, copied, is warned of like any other. */
    @Test
    void aCopiedPassageOnTheFilesLastLineWithoutALineBreakIsWarnedOf() {
        String half = "A client who does not pay on time costs more than they bring in.\n\nZapisz terminy i kwoty, zanim porozmawiasz z klientem.";
        assertEquals(List.of("content/en/late-invoices.md:12: warning: 1 of 2 passages of the text is still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                warnings(half));
    }

    @Test
    void addressesNamesAndIdsKeptAsTheyAreAreNoPassagesLeftUntranslated() {
        String translated = """
                A client who does not pay on time costs more than they bring in.

                ## What to do first {#first}

                Write down the dates and amounts before you talk to the client.

                ![Diagram of the three steps](/images/exit-steps-pl.svg)

                [Jan Kowalski](https://example.com/jan)

                [biurko]: /images/biurko.jpg

                /pl/jak-wycenic-projekt/

                <img src="/images/biurko.jpg" alt="">

                Jan Maria Kowalski
                """;
        String source = SOURCE_BODY + "\n[biurko]: /images/biurko.jpg\n\n/pl/jak-wycenic-projekt/\n\n<img src=\"/images/biurko.jpg\" alt=\"\">\n\nJan Maria Kowalski\n";
        assertEquals(List.of(), warnings(TestDocument.article("en", "late-invoices").body(translated), source),
                "addresses, a reference definition, an HTML tag, a name and the heading's id are the source's");
    }

    /** An image inside a translated paragraph is no copied passage, but a screen reader would read its alt text in Polish. */
    @Test
    void anImagesAltTextLeftInTheSourcesLanguageIsWarnedOfAtItsLine() {
        String translated = """
                A client who does not pay on time costs more than they bring in.

                ## What to do first {#first}

                Write down the dates and amounts before you talk to the client:
                ![Schemat trzech kroków wypowiedzenia](/images/exit-steps-en.svg) shows the three steps.
                """;
        assertEquals(List.of("content/en/late-invoices.md:15: warning: the alt text of an image is still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                warnings(translated));
        String html = translated.replace("![Schemat trzech kroków wypowiedzenia](/images/exit-steps-en.svg)",
                "<img src=\"/images/exit-steps-en.svg\" alt=\"Schemat trzech kroków wypowiedzenia\">");
        assertEquals(List.of("content/en/late-invoices.md:15: warning: the alt text of an image is still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                warnings(html), "an HTML image's alt too");
    }

    /** A short alt text (a logo's name, a person's) is often the same in every language, as short passages are. */
    @Test
    void aShortAltTextKeptAsItIsIsNoWarning() {
        String source = SOURCE_BODY + "\nZobacz ![Logo FreshBooks](/images/freshbooks.svg) w tekście.\n";
        String translated = """
                A client who does not pay on time costs more than they bring in.

                See ![Logo FreshBooks](/images/freshbooks.svg) in the text.
                """;
        assertEquals(List.of(), warnings(TestDocument.article("en", "late-invoices").body(translated), source));
    }

    @Test
    void aPassageWhoseLinkTranslatePointedToTheTargetLanguageIsStillCopied() {
        // ./guide translate leaves the source's text with its links pointed to the English pages: the words are Polish still.
        String source = "Zacznij od [strony głównej](/pl/) albo zajrzyj do naszego poradnika o klientach.\n";
        String started = "Zacznij od [strony głównej](/en/) albo zajrzyj do naszego poradnika o klientach.\n";
        assertEquals(List.of("content/en/late-invoices.md:10: warning: the text is still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                warnings(TestDocument.article("en", "late-invoices").body(started), source));
    }

    @Test
    void aTitleAndSummaryLeftInTheSourcesLanguageAreWarnedOfAtTheTitle() {
        assertEquals(List.of("content/en/late-invoices.md:1: warning: the title and the summary are still copied word for word from its source,"
                        + " content/pl/zalegle-faktury.md: translate them, or keep the page a draft (status=draft) until then"),
                warnings(TestDocument.article("en", "late-invoices").title(TITLE).header("summary", SUMMARY)
                        .body("A client who does not pay on time costs more than they bring in.\n")));
    }

    @Test
    void aPassageThatDiffersOnlyInAnIdATagOrAnAddressIsStillCopied() {
        // Each pair: the source's passage, and the same passage with only what is the same in every language changed.
        List<List<String>> pairs = List.of(
                List.of("## Co zrobić, zanim napiszesz do klienta {#first}", "## Co zrobić, zanim napiszesz do klienta {#before-you-write}"),
                List.of("Zapisz <abbr title=\"termin\">terminy</abbr> i kwoty przed rozmową.", "Zapisz <abbr title=\"date\">terminy</abbr> i kwoty przed rozmową."),
                List.of("Zobacz https://example.com/pl/ zanim porozmawiasz z klientem.", "Zobacz https://example.com/en/ zanim porozmawiasz z klientem."),
                List.of("Zobacz /pl/cennik/ zanim porozmawiasz z klientem.", "Zobacz /en/pricing/ zanim porozmawiasz z klientem."),
                List.of("/pl/cennik/ pokazuje ceny wszystkich naszych usług.", "/en/pricing/ pokazuje ceny wszystkich naszych usług."),
                List.of("Zapisz terminy i kwoty przed rozmową z klientem.\n[cennik]: cennik.html", "Zapisz terminy i kwoty przed rozmową z klientem.\n[cennik]: pricing.html"));
        for (List<String> pair : pairs) {
            assertEquals(List.of("content/en/late-invoices.md:10: warning: the text is still copied word for word from its source,"
                            + " content/pl/zalegle-faktury.md: translate it, or keep the page a draft (status=draft) until then"),
                    warnings(TestDocument.article("en", "late-invoices").body(pair.get(1) + "\n"), pair.get(0) + "\n"), pair.get(1));
        }
    }

    @Test
    void theMemoComparesATranslationAgainWhenItsSourceChanges() {
        // The preview keeps the unchanged translation's document and reads the edited source anew.
        ContentDocument translation = TestDocument.article("en", "late-invoices").key("late-invoices")
                .header(SourceRevision.KEY, "pl 0123456789ab to=en").body(SOURCE_BODY).build();
        DocumentMemo<UntranslatedText.Finding> memo = new DocumentMemo<>();
        assertEquals(1, UntranslatedText.of(report(translation, SOURCE_BODY), memo).size());
        assertEquals(List.of(), UntranslatedText.of(report(translation, "Zupełnie nowy tekst źródła, którego tłumaczenie jeszcze nie ma."), memo),
                "the source was rewritten: the translation shares none of its passages any more");
    }

    private static TranslationReport report(ContentDocument translation, String sourceBody) {
        ContentDocument source = TestDocument.article("pl", "zalegle-faktury").key("late-invoices").title(TITLE).header("summary", SUMMARY)
                .body(sourceBody).build();
        return TranslationReport.of(List.of("pl", "en"), "pl", List.of(source, translation), false);
    }

    /**
     * An American page made from a British original keeps most of its words by right ("colour" became "color"): no
     * warning. Between two languages a page copied as it is still gets one.
     */
    @Test
    void aRegionalVariantOfItsSourcesLanguageIsNotACopy() {
        String british = """
                A client who pays late costs you more than the money you are owed.

                Write down every reminder you send, with its date and the favour you asked for.
                """;
        TestDocument american = TestDocument.article("en-US", "late-fees").key("late-fees").title("Late fees: what to say to a client")
                .header(SourceRevision.KEY, "en-GB 0123456789ab to=en-US").body(british.replace("favour", "favor"));
        List<ContentDocument> documents = List.of(TestDocument.article("en-GB", "late-fees").key("late-fees")
                .title("Late fees: what to say to a client").body(british).build(), american.build());
        assertEquals(List.of(), UntranslatedText.of(TranslationReport.of(List.of("en-GB", "en-US"), "en-GB", documents, false),
                new DocumentMemo<>()).stream().map(Problem::toString).toList());
    }
}
