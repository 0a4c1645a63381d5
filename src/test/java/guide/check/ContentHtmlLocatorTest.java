package guide.check;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the content allowlist refuses is named at the line of the editor's Markdown that holds it (the body starts on line 9). */
class ContentHtmlLocatorTest {
    private static final String CODE = ": remove it; content cannot run code (a page's script is a file of assets/js/ that a template adds: see the README's \"For designers\")";
    private static final String EMBEDDED = ": link to what it shows instead, as [what it is](https://…)";

    private static List<String> problems(String body) {
        ContentDocument doc = TestDocument.article("pl", "a").body(body).build();
        return ContentHtmlLocator.check(doc).stream().map(Problem::toString).toList();
    }

    @Test
    void eachFindingIsNamedAtItsLine() {
        assertEquals(List.of(
                "content/pl/a.md:11: unsafe HTML: javascript: URL in href of <a>",
                "content/pl/a.md:13: unsafe HTML: style attribute with 'color:red' on <p> is not allowed in content" + ContentHtmlTest.TEXT_ALIGN_ONLY,
                "content/pl/a.md:15: unsafe HTML: onerror attribute on <img> is not allowed in content" + CODE,
                "content/pl/a.md:17: unsafe HTML: <script> element is not allowed in content" + CODE,
                "content/pl/a.md:19: a # heading makes a second h1 (the title is the page's only h1): use ## for sections"), problems("""
                Wstęp.

                Przeczytaj [warunki](javascript:alert(1)).

                <p style="color:red">Czerwony</p>

                Obrazek: <img src=x onerror=alert(1) alt="">

                <script>alert(1)</script>

                # Tytuł
                """));
    }

    @Test
    void aRepeatedFaultIsNamedAtEachOfItsLines() {
        assertEquals(List.of(
                "content/pl/a.md:9: unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED,
                "content/pl/a.md:11: unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED), problems("""
                <iframe src="https://a.example/"></iframe>

                <IFRAME src="https://b.example/"></IFRAME>
                """));
    }

    @Test
    void encodedSchemesAndReferenceLinksAreFoundAsTheBrowserReadsThem() {
        assertEquals(List.of(
                "content/pl/a.md:10: unsafe HTML: javascript: URL in href of <a>",
                "content/pl/a.md:14: unsafe HTML: vbscript: URL in href of <a>"), problems("""
                Tekst o javascript: bez linku.
                Przeczytaj <a href=" jav&#x61;script:alert(1)">warunki</a>.

                Zobacz [tu][ref].

                [ref]: vbscript:msgbox(1)
                """));
    }

    @Test
    void aSchemeSplitByAnEncodedTabIsNamedAtItsLine() {
        assertEquals(List.of("content/pl/a.md:12: unsafe HTML: javascript: URL in href of <a>"), problems("""
                Wstęp z <a href="/pl/">linkiem</a>.

                Tekst.
                [klik](java&#x09;script:alert(1))
                """));
    }

    @Test
    void protocolRelativeAddressesAreNamedAtTheirLines() {
        assertEquals(List.of(
                "content/pl/a.md:11: unsafe HTML: protocol-relative URL in href of <a> (start it with https:, or with one / for the site)",
                "content/pl/a.md:13: unsafe HTML: protocol-relative URL in href of <a> (start it with https:, or with one / for the site)",
                "content/pl/a.md:14: unsafe HTML: protocol-relative URL in src of <img> (start it with https:, or with one / for the site)"), problems("""
                Wstęp z <a href="/pl/">linkiem</a>.

                Zobacz [y](//evil.example/z).

                I <a href="//evil.example/">x</a>,
                <img src="//cdn.example/a.png" alt="a">
                """));
    }

    @Test
    void anAttributeIsNamedWhereItIsWritten() {
        assertEquals(List.of("content/pl/a.md:10: unsafe HTML: onclick attribute on <a> is not allowed in content" + CODE), problems("""
                Wstęp o onclickach.
                <a href="/pl/" ONCLICK = "x()">dom</a>
                """));
    }

    /**
     * Not at the text's first line: at the heading's (or paragraph's) own, after a word "class" elsewhere in the text too,
     * and named as the editor wrote it, not as the HTML attribute it becomes.
     */
    @Test
    void aClassWrittenInAnAttributeBlockIsNamedAtItsHeading() {
        String remove = ": a class on a heading or paragraph is not allowed in content" + ContentHtmlTest.CLASS;
        assertEquals(List.of("content/pl/a.md:11: {.note}" + remove,
                "content/pl/a.md:15: {#wazne .warning}" + remove,
                "content/pl/a.md:17: {.wide}" + remove), problems("""
                Wstęp: a world class service.

                ## Uwaga {.note}

                Tekst.

                ### Ważne {#wazne .warning}

                Akapit. {.wide}
                """));
    }

    /**
     * {@code ## Title{#x}}: flexmark gives the id to a span around the last word, not to the heading. Named at the
     * heading's line as written, with what to do, not as "id attribute on <span>" at the text's first line.
     */
    @Test
    void anIdGluedToAHeadingsWordIsNamedAtTheHeadingAsWritten() {
        String glued = " right after a word gives that word an id, not the heading: put a space before ";
        assertEquals(List.of("content/pl/a.md:11: {#x}" + glued + "{#x}",
                "content/pl/a.md:13: {id=y}" + glued + "{id=y}",
                "content/pl/a.md:15: {#z}" + glued + "{#z}",
                "content/pl/a.md:18: {#b}" + glued + "{#b}"), problems("""
                Wstęp o atrybucie id="x".

                ## Uwaga{#x}

                ### Ważne{id=y}

                Zakres{#z}
                ---

                ## **Pogrubiony**{#b}
                """));
    }

    /** {@code {.note}} is the one mistake: it takes the heading's place from the id, which is not named a second time, at a wrong line. */
    @Test
    void anIdPushedOffItsHeadingByAClassIsNotASecondProblem() {
        String remove = ": a class on a heading or paragraph is not allowed in content" + ContentHtmlTest.CLASS;
        assertEquals(List.of("content/pl/a.md:11: {.note}" + remove,
                "content/pl/a.md:13: {.note}" + remove,
                "content/pl/a.md:15: {.note}" + remove), problems("""
                Wstęp.

                ## Uwaga {#x} {.note}

                ## Ważne {#y}{.note}

                ## Inne {.note}{#z}
                """));
    }

    /** Glued and with a class: two mistakes, each named once at the heading, the id's advice about the id alone (the class goes). */
    @Test
    void anIdGluedToAWordBeforeAClassIsNamedBesideTheClass() {
        assertEquals(List.of("content/pl/a.md:11: {.note}: a class on a heading or paragraph is not allowed in content" + ContentHtmlTest.CLASS,
                "content/pl/a.md:11: {#x} right after a word gives that word an id, not the heading: put a space before {#x}"),
                problems("Wstęp.\n\n## Uwaga{#x}{.note}\n"));
    }

    @Test
    void anIdInTheMiddleOfAHeadingOrOutsideOneIsNamedWhereItIsWritten() {
        String notHere = ": only a heading may have an id in content (written last on the heading's line, after a space); remove it here";
        assertEquals(List.of("content/pl/a.md:11: {#s} is followed by more of the heading, so it gives the text before it an id, not the heading:"
                        + " write it last on the heading's line, after a space",
                "content/pl/a.md:13: {#p}" + notHere,
                "content/pl/a.md:15: {#q}" + notHere,
                "content/pl/a.md:17: {id='r'}" + notHere,
                "content/pl/a.md:19: unsafe HTML: id attribute on <span> is not allowed in content" + ContentHtmlTest.ID), problems("""
                Wstęp.

                ## Zakres {#s} i cena

                Akapit.{#p}

                Akapit. {#q}

                - punkt{id='r'}

                Tekst <span id="t">t</span>.
                """));
    }

    /**
     * The same {@code {#x}} written earlier where it gives nothing an id (in code, escaped, in a fenced example, or on a
     * heading that rightly has it) does not take the place of the block that goes wrong: each mistake is named at its heading.
     */
    @Test
    void anIdIsNamedAtTheBlockThatGivesItNotAtTheSameCharactersEarlier() {
        String glued = " right after a word gives that word an id, not the heading: put a space before ";
        assertEquals(List.of("content/pl/a.md:17: {#audience}" + glued + "{#audience}",
                "content/pl/a.md:19: {#scope} is followed by more of the heading, so it gives the text before it an id, not the heading:"
                        + " write it last on the heading's line, after a space",
                "content/pl/a.md:21: {#price}" + glued + "{#price}"), problems("""
                Nagłówek dostaje adres przez `{#audience}` na końcu, a nie \\{#scope} w środku.

                ```
                ## Przykład{#scope}
                ```

                ## Ustal cenę {#price}

                ## Dla kogo piszemy{#audience}

                ## Zakres {#scope} i cena

                ## Cena{#price}
                """));
    }

    /** A tag or an attribute shown as code earlier in the text is not the one that is refused. */
    @Test
    void markupShownAsCodeIsNotWhereTheRefusedMarkupIs() {
        assertEquals(List.of("content/pl/a.md:13: unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED,
                "content/pl/a.md:15: unsafe HTML: onclick attribute on <a> is not allowed in content" + CODE), problems("""
                Nie wstawiaj `<iframe>` ani `<a onclick="x()">`:

                    <iframe src="https://a.example/"></iframe>

                <iframe src="https://b.example/"></iframe>

                <a href="/pl/" onclick="x()">dom</a>
                """));
    }

    /** A tag written right after a code span, with no space between them, is still found at its line. */
    @Test
    void aTagRightAfterCodeIsFoundAtItsLine() {
        assertEquals(List.of("content/pl/a.md:11: unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED), problems("""
                Wstęp.

                Wklej `kod`<iframe src="https://a.example/"></iframe> tutaj.
                """));
    }

    @Test
    void aClassWrittenAsHtmlIsNamedAsHtml() {
        assertEquals(List.of("content/pl/a.md:9: unsafe HTML: class attribute on <span> is not allowed in content" + ContentHtmlTest.CLASS),
                problems("Tekst <span class=\"note\">{.not-a-block}</span>.\n"));
    }

    @Test
    void quizStatementAttributesAreTheQuizsOwn() {
        assertEquals(List.of(), problems("## 1. Płatności {#late}\n\n- [ ] Spóźnia się. {#late-pay points=3 decides=exit}\n"));
    }

    /** A quiz statement's own {@code points=3} above does not take the blame for a {@code points=9} written where none may be. */
    @Test
    void anAttributeIsNamedAtTheLineWithItsValueNotTheFirstWithItsName() {
        assertEquals(List.of("content/pl/a.md:13: unsafe HTML: points attribute on <p> is not allowed in content" + ContentHtmlTest.QUIZ),
                problems("## 1. Płatności {#late}\n\n- [ ] Spóźnia się. {#late-pay points=3}\n\nTekst. {points=9}\n"));
    }

    @Test
    void aFindingOnAPageTheBuildMakesNamesThePage() {
        List<Problem> problems = new ArrayList<>();
        ContentHtmlLocator.locate(null, "pl/artykuly/index.html", List.of(new ContentHtml.Finding("script", null, null)), problems);
        assertEquals(List.of("pl/artykuly/index.html: unsafe HTML: <script> element is not allowed in content" + CODE),
                problems.stream().map(Problem::toString).toList());
    }
    @Test
    void twoLinksThroughOneReferenceAreBothNamedAtItsDefinition() {
        assertEquals(List.of(
                "content/pl/a.md:13: unsafe HTML: javascript: URL in href of <a>",
                "content/pl/a.md:13: unsafe HTML: javascript: URL in href of <a>"), problems("""
                Zobacz [tu][ref] i [tam][ref].

                Tekst.

                [ref]: javascript:alert(1)
                """));
    }

    @Test
    void whatTheMarkdownDoesNotSpellOutIsNamedAtTheFirstLineOfTheText() {
        assertEquals(List.of("content/pl/a.md:9: a # heading makes a second h1 (the title is the page's only h1): use ## for sections"),
                problems("Wstęp.\n\nTytuł\n=====\n"));
    }

    /** An attribute written without a value is found by its name alone, at its own line, each time it is written. */
    @Test
    void anAttributeWithoutAValueIsNamedAtItsLine() {
        assertEquals(List.of(
                "content/pl/a.md:11: unsafe HTML: hidden attribute on <p> is not allowed in content" + ContentHtmlTest.HIDDEN,
                "content/pl/a.md:13: unsafe HTML: hidden attribute on <p> is not allowed in content" + ContentHtmlTest.HIDDEN), problems("""
                Wstęp.

                <p hidden>Ukryte.</p>

                <p HIDDEN>Też ukryte.</p>
                """));
    }

    /** The attribute's name as a word in a sentence above is not where it is written: the tag that holds it is. */
    @Test
    void anAttributeWithoutAValueIsNotTakenForTheWordInASentence() {
        assertEquals(List.of("content/pl/a.md:11: unsafe HTML: hidden attribute on <p> is not allowed in content" + ContentHtmlTest.HIDDEN), problems("""
                Nic ukrytego (hidden) tutaj.

                <p class="x" hidden>Ukryte.</p>
                """).stream().filter(p -> p.contains("hidden")).toList());
    }
}
