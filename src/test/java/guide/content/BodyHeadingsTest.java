package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A {@code # Heading} in the text would be a second h1, an id written on two headings names neither: errors at their line, outside code blocks only. */
class BodyHeadingsTest {
    private static final Path FILE = Path.of("content/pl/a.md");

    /** The body starts on line 10 of the file. */
    private static List<String> problems(String body) {
        List<Problem> problems = new ArrayList<>();
        BodyHeadings.check(FILE, new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 10), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aLevelOneHeadingIsAnErrorAtItsLineThatSaysWhatToWrite() {
        assertEquals(List.of("content/pl/a.md:12: '# Kontakt' would be a second h1 (the title is the page's only h1): write '## Kontakt' for a section"),
                problems("Wstęp.\n\n# Kontakt\n\nTekst.\n"));
        assertEquals(List.of("content/pl/a.md:10: '# A' would be a second h1 (the title is the page's only h1): write '## A' for a section",
                "content/pl/a.md:11: '# ' would be a second h1 (the title is the page's only h1): write '## ' for a section"), problems("#\tA\n#\n"));
    }

    /** Text over a line of '=' is an h1 as '# Text' is: at the text's line, even when the text takes two lines or sits in a list. */
    @Test
    void anUnderlinedLevelOneHeadingIsAnErrorAtItsTextsLine() {
        String second = " would be a second h1 (the title is the page's only h1): write '## ";
        assertEquals(List.of("content/pl/a.md:12: 'Kontakt' underlined with '='" + second + "Kontakt' for a section",
                        "content/pl/a.md:17: 'Dwie linie tytułu' underlined with '='" + second + "Dwie linie tytułu' for a section",
                        "content/pl/a.md:21: 'W liście' underlined with '='" + second + "W liście' for a section"),
                problems("Wstęp.\n\nKontakt\n=======\n\nTekst.\n\nDwie linie\ntytułu\n  ===\n\n- W liście\n  ===\n"));
    }

    /**
     * An underlined h1 is found and named at its text's line wherever it is: at the very start of the text, right under a
     * '##' heading (without a blank line between them), and after a code block and a blank line.
     */
    @Test
    void anUnderlinedLevelOneHeadingIsNamedAtItsLineWhatComesBeforeIt() {
        String second = " would be a second h1 (the title is the page's only h1): write '## ";
        assertEquals(List.of("content/pl/a.md:10: 'Tytuł' underlined with '='" + second + "Tytuł' for a section"), problems("Tytuł\n=====\n\nTekst.\n"));
        assertEquals(List.of("content/pl/a.md:11: 'Podtytuł' underlined with '='" + second + "Podtytuł' for a section"),
                problems("## Sekcja\nPodtytuł\n========\n"));
        assertEquals(List.of("content/pl/a.md:14: 'Kontakt' underlined with '='" + second + "Kontakt' for a section"),
                problems("```\nkod\n```\n\nKontakt\n=======\n"));
    }

    /** A code block that holds a blank line and then a paragraph over '=' (Markdown shown as it is written) is code, not an h1. */
    @Test
    void anUnderlinedHeadingShownInACodeBlockIsCode() {
        assertEquals(List.of(), problems("```markdown\nTytuł artykułu\n\nKontakt\n=======\n```\n"));
    }

    /** A line of '=' in code, after a blank line or under a '---' heading is no h1. */
    @Test
    void linesOfEqualsSignsThatMakeNoHeadingAreFine() {
        assertEquals(List.of(), problems("```\nKod\n===\n```\n\n===\n\n    Wcięty kod\n    ===\n\nSekcja\n---\n\n| a |\n|---|\n| = |\n"));
    }

    @Test
    void otherHeadingsAndHashWordsAreFine() {
        assertEquals(List.of(), problems("## Sekcja\n### Podsekcja\n#hashtag i #1\nTekst # nie nagłówek\n"));
    }

    @Test
    void anIdWrittenOnTwoHeadingsIsAnErrorAtTheSecond() {
        List<Problem> problems = new ArrayList<>();
        String body = "## Summary {#summary}\n\nA.\n\n```\n## In code {#summary}\n```\n\n## Wrap-up {#summary}\n##### Small {#summary .x}\n## Other {#other}\n";
        BodyHeadings.check(FILE, new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 10), DocumentType.POST, problems);
        assertEquals(List.of("content/pl/a.md:18: {#summary} is already the id of the heading on line 10: a link to #summary reaches only that one;"
                        + " give this heading another id",
                "content/pl/a.md:19: {#summary} is already the id of the heading on line 10: a link to #summary reaches only that one;"
                        + " give this heading another id"),
                problems.stream().map(Problem::toString).toList());
        problems.clear();
        BodyHeadings.check(FILE, new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 10), DocumentType.QUIZ, problems);
        assertEquals(List.of(), problems, "a quiz's checklist reports its own repeated ids");
    }

    @Test
    void hashLinesInsideCodeBlocksAreCode() {
        assertEquals(List.of(), problems("```bash\n# a shell comment\n```\n"));
        assertEquals(List.of("content/pl/a.md:13: '# After' would be a second h1 (the title is the page's only h1): write '## After' for a section"),
                problems("  ```\n# comment\n  ```\n# After\n"));
    }

    @Test
    void aCodeBlockEndsOnlyWithTheFenceThatOpenedIt() {
        assertEquals(List.of(), problems("~~~\n```\n# still code\n~~~\n"));
        assertEquals(List.of("content/pl/a.md:14: '# out' would be a second h1 (the title is the page's only h1): write '## out' for a section"),
                problems("```\n~~~\n# in\n```\n# out\n"));
    }

    private static List<String> problems(String body, DocumentType type) {
        List<Problem> problems = new ArrayList<>();
        BodyHeadings.check(FILE, new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 10), type, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void anIdInAnyFormOnASecondHeadingIsAnErrorAtTheSecond() {
        String repeat = ": a link to #summary reaches only that one; give this heading another id";
        assertEquals(List.of("content/pl/a.md:11: {#summary} is already the id of the heading on line 10" + repeat,
                        "content/pl/a.md:12: {#summary} is already the id of the heading on line 10" + repeat,
                        "content/pl/a.md:14: {#summary} is already the id of the heading on line 10" + repeat),
                problems("## Summary {.note #summary}\n## Wrap-up {#summary .note}\n### Again {id=summary}\n\nUnderlined {#summary}\n---\n",
                        DocumentType.POST));
    }

    @Test
    void anIdThePagesTemplateGivesSomethingElseIsAnErrorThatSaysWhatHasIt() {
        String other = " reaches only the first; choose another id";
        assertEquals(List.of("content/pl/a.md:12: {#main} is already used on this page by the page's main area (the \"skip to content\" link leads there):"
                        + " with two elements sharing it, a link to #main" + other,
                        "content/pl/a.md:13: {#search-input} is already used on this page by the search field in the site header: with two elements"
                        + " sharing it, a link to #search-input" + other,
                        "content/pl/a.md:14: {#author} is already used on this page by the author card under the article (the byline's link leads there):"
                        + " with two elements sharing it, a link to #author" + other,
                        "content/pl/a.md:16: {#fn-2} is already used on this page by footnote 2 in the notes under the text: with two elements sharing it,"
                        + " a link to #fn-2" + other),
                problems("Intro.\n\n## Top {#main}\n## Search {.x #search-input}\nAuthor {#author}\n---\n## Notes {id=fn-2}\n", DocumentType.POST));
        assertEquals(List.of(), problems("## Author {#author}\n## Main\n## Search input\n## Toc title\n", DocumentType.PAGE),
                "a page without an author card may have #author, and ids made from a heading's text give way on the built page");
        assertEquals(List.of(), problems("## Result {#result}\n", DocumentType.POST), "only the quiz has #result");
    }

    /** The page would show one of them and the link checks and translation tools read another ({id='k1' #k2}: k1 on the page, k2 for the tools). */
    @Test
    void twoIdsOnOneHeadingInAnyFormAreAnErrorAtItsLine() {
        String keep = "): a heading has only one address; keep one, and change any links that use the others to use it";
        assertEquals(List.of("content/pl/a.md:10: more than one id on one heading (#k1, #k2" + keep,
                        "content/pl/a.md:12: more than one id on one heading (#a, #b" + keep,
                        "content/pl/a.md:13: more than one id on one heading (#c, #d, #e" + keep,
                        "content/pl/a.md:14: more than one id on one heading (#f, #g" + keep,
                        "content/pl/a.md:16: more than one id on one heading (#u1, #u2" + keep),
                problems("## Title {id='k1' #k2}\n\n## B {#a #b}\n### C {#c .note id=d #e}\n## F {#f} {#g}\n\nUnderlined {#u1 #u2}\n---\n"
                        + "## One {#one .note}\n", DocumentType.POST));
    }

    /**
     * Blocks written with no space between them ({@code {#x}{#z}}) give their ids to a span around the heading's text, not to
     * the heading, whose id is then made from its text, while the translation tools read #z: refused as two ids too.
     * A single id followed by a class ({@code {#x}{.note}}) is not, the class's own refusal names that line.
     */
    @Test
    void twoIdBlocksWithNoSpaceBetweenThemAreTwoIdsAtTheHeadingsLine() {
        String keep = "): a heading has only one address; keep one, and change any links that use the others to use it";
        assertEquals(List.of("content/pl/a.md:10: more than one id on one heading (#x, #z" + keep,
                        "content/pl/a.md:12: more than one id on one heading (#a, #b" + keep,
                        "content/pl/a.md:13: more than one id on one heading (#p, #q" + keep,
                        "content/pl/a.md:14: more than one id on one heading (#c, #d, #e" + keep,
                        "content/pl/a.md:16: more than one id on one heading (#u1, #u2" + keep),
                problems("## Heading {#x}{#z}\n\n### **Bold**{#a}{id=b}\n## Note {#p}{.note}{#q}\n## Three {#c} {#d}{#e}\n\nUnderlined {#u1}{#u2}\n---\n"
                        + "## One {#one}{.note}\n## Other {#other} {.note}\n", DocumentType.POST));
    }

    @Test
    void anIdWithOtherLettersThanAsciiOnesIsAnError() {
        assertEquals(List.of("content/pl/a.md:10: {#zakończenie}: a heading's id may use only the letters a-z and A-Z, digits, '-' and '_'"
                + " (it is the heading's address in links)"), problems("## Zakończenie {#zakończenie}\n", DocumentType.POST));
    }

    /** Fences end as CommonMark ends them: a '#' line or an underline shown in code is no h1, one after what only looked like a fence is. */
    @Test
    void fencesAreReadAsThePageRendersThem() {
        String second = " would be a second h1 (the title is the page's only h1): write '## ";
        assertAll(
                () -> assertEquals(List.of(), problems("~~~~\n```\n~~~\n# Not a heading {#x}\n~~~~\n"), "a ~~~~ fence holding backticks and a shorter ~~~"),
                () -> assertEquals(List.of("content/pl/a.md:14: '# After'" + second + "After' for a section"),
                        problems("````\n```\n# Not a heading\n`````\n# After\n"), "a fence closed by a longer fence, holding a shorter one"),
                () -> assertEquals(List.of(), problems("````\n```\nNot a heading\n===\n````\n"), "an underlined h1 in code"),
                () -> assertEquals(List.of("content/pl/a.md:11: '# Real'" + second + "Real' for a section"),
                        problems("    ```\n# Real\n"), "four spaces before it: indented code, not a fence"),
                () -> assertEquals(List.of(), problems("    # Indented line\n")));
    }

    /** An h1 is an h1 wherever the page shows one: indented, in a list item or a quote, underlined in a quote, or in HTML. */
    @Test
    void anH1ThePageShowsIsASecondH1WhereverItIsWritten() {
        String second = " would be a second h1 (the title is the page's only h1): write '";
        assertEquals(List.of("content/pl/a.md:10: '# Wcięty'" + second + "## Wcięty' for a section",
                        "content/pl/a.md:12: '# W liście'" + second + "## W liście' for a section",
                        "content/pl/a.md:14: '# W cytacie {#c}'" + second + "## W cytacie {#c}' for a section",
                        "content/pl/a.md:16: 'Podkreślony' underlined with '='" + second + "## Podkreślony' for a section",
                        "content/pl/a.md:19: '<h1>Cennik</h1>'" + second + "<h2>Cennik</h2>' for a section"),
                problems("  # Wcięty\n\n- # W liście\n\n> # W cytacie {#c}\n\n> Podkreślony\n> ===\n\n<h1 class=\"x\">Cennik</h1>\n"));
    }

    /** A list item's text underlined with {@code =} indented to the item's text is an h1 in that item on the page. */
    @Test
    void aListItemUnderlinedWithEqualsSignsIsASecondH1() {
        assertEquals(List.of("content/pl/a.md:12: 'Cennik' underlined with '=' would be a second h1 (the title is the page's only h1):"
                        + " write '## Cennik' for a section"),
                problems("Wstęp.\n\n- Cennik\n  ===\n"));
    }

    /**
     * An {@code <h1>} written in a sentence ends the paragraph on the page and is an h1 there: named at its own line as one written
     * in an HTML block is; in a code span it is text.
     */
    @Test
    void anH1WrittenInASentenceIsASecondH1AtItsLine() {
        String second = " would be a second h1 (the title is the page's only h1): write '";
        assertEquals(List.of("content/pl/a.md:12: '<h1>Cennik</h1>'" + second + "<h2>Cennik</h2>' for a section",
                        "content/pl/a.md:15: '<h1>Duży napis</h1>'" + second + "<h2>Duży napis</h2>' for a section"),
                problems("Wstęp.\n\nTekst z <h1>Cennik</h1> w środku.\n\nPierwsza linia akapitu,\ndruga z <H1 class=\"x\">Duży\nnapis</h1> i koniec.\n"
                        + "\nKod `<h1>` w zdaniu.\n"));
    }

    /** A '#' line the page shows as something else is no h1: in an HTML block or a comment, in indented code in a list item. */
    @Test
    void aHashLineThePageShowsAsTextOrCodeIsNoH1() {
        assertEquals(List.of(), problems("<!--\n# Szkic sekcji\n-->\n\n<div>\n# x\n</div>\n\n- a\n\n      # kod\n"));
    }

    /** An id on a heading written in HTML names one heading as {#id} does: refused at its line in the same cases, as written. */
    @Test
    void anIdOnAHeadingWrittenInHtmlIsHeldToTheSameRules() {
        assertEquals(List.of("content/pl/a.md:12: id=\"scope\" is already the id of the heading on line 10: a link to #scope reaches only that one;"
                        + " give this heading another id",
                        "content/pl/a.md:14: id=\"main\" is already used on this page by the page's main area (the \"skip to content\" link leads"
                        + " there): with two elements sharing it, a link to #main reaches only the first; choose another id",
                        "content/pl/a.md:16: id=\"zakończenie\": a heading's id may use only the letters a-z and A-Z, digits, '-' and '_'"
                        + " (it is the heading's address in links)"),
                problems("## Zakres {#scope}\n\n<h2 id=\"scope\">Zakres</h2>\n\n<h3 id=\"main\">Główne</h3>\n\n<h2 id=\"zakończenie\">Z</h2>\n",
                        DocumentType.POST));
    }
}
