package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {
    private final Path file = Path.of("content/pl/a.md");

    /** Pasted from a word processor or a Mac: a no-break space or a zero-width space around a key or value is not part of it. */
    @Test
    void invisibleSpacesAroundKeysAndValuesAreIgnored() {
        List<Problem> problems = new ArrayList<>();
        Optional<FrontMatter> fm = FrontMatterParser.parse(file, "\u200Bstatus=published\u00A0\ntranslationKey=\u200Babout\u2060\t\n"
                + "title=\u202FO\u00A0nas \n~~~~~~\n", problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals("published", fm.orElseThrow().get("status"));
        assertEquals("about", fm.orElseThrow().get("translationKey"));
        assertEquals("O\u00A0nas", fm.orElseThrow().get("title"), "a no-break space inside a title is the editor's choice");
        FrontMatterParser.parse(file, "translationKey=fire\u200Bclient\n~~~~~~\n", problems);
        assertEquals(List.of("content/pl/a.md:1: translationKey=fire… has an invisible character after 'fire' (U+200B, zero width space,"
                + " often pasted with text): delete it, or type the value again"), problems.stream().map(Problem::toString).toList());
    }

    /** Smart quotes from a word processor or a Mac around a one-word value: the line as it should be, not the value with its quotes. */
    @Test
    void aQuotedNameSaysToWriteItWithoutQuotes() {
        List<Problem> problems = new ArrayList<>();
        FrontMatterParser.parse(file, "title=„Oferta” bez tajemnic\nstatus=“published”\ntranslationKey=\"about\"\ndate='2026-11-20'\n~~~~~~\n",
                problems);
        assertEquals(List.of(
                "content/pl/a.md:2: header values are written without quotes: write status=published",
                "content/pl/a.md:3: header values are written without quotes: write translationKey=about",
                "content/pl/a.md:4: header values are written without quotes: write date=2026-11-20"), problems.stream().map(Problem::toString).toList(),
                "a title may quote");
    }

    @Test
    void readsKeysWithTheirLinesAndTheBody() {
        List<Problem> problems = new ArrayList<>();
        Optional<FrontMatter> fm = FrontMatterParser.parse(file, "title=Tytuł = ważny\n\ndate=2026-11-26\n~~~~~~\n\nTreść\n", problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals("Tytuł = ważny", fm.orElseThrow().get("title"));
        assertEquals(3, fm.orElseThrow().lineOf("date"));
        assertEquals(5, fm.orElseThrow().bodyStartLine());
        assertEquals("\nTreść\n", fm.orElseThrow().body());
    }

    @Test
    void reportsEveryBadHeaderLineNotOnlyTheFirst() {
        List<Problem> problems = new ArrayList<>();
        FrontMatterParser.parse(file, "title=A\nno equals sign\ntitle=B\nsummary=\n~~~~~~\nbody\n", problems);
        assertEquals(List.of(
                "content/pl/a.md:2: header line is not key=value: 'no equals sign'",
                "content/pl/a.md:3: header key 'title' repeated (first on line 1)",
                "content/pl/a.md:4: header key 'summary' has no value"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void rejectsWhatJBakeWouldSilentlySkip() {
        List<Problem> problems = new ArrayList<>();
        FrontMatterParser.parse(file, "title=A\n~~~~~~   \nbody\n", problems);
        FrontMatterParser.parse(file, "---\ntitle: A\n---\n", problems);
        FrontMatterParser.parse(file, "title=A\nbody without separator\n", problems);
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).toString().startsWith("content/pl/a.md:2: header separator must be exactly"), problems.get(0)::toString);
        assertTrue(problems.get(1).toString().startsWith("content/pl/a.md:1: YAML front matter"), problems.get(1)::toString);
        assertTrue(problems.get(2).toString().startsWith("content/pl/a.md:2: the header (line 1) is not closed"), problems.get(2)::toString);
    }

    /** The QA case: eight key=value lines and the text, with no '~~~~~~' between them, is a header not closed, not "no header". */
    @Test
    void keyValueLinesWithoutTheSeparatorAreAHeaderNotClosedAtTheLineAfterThem() {
        String header = "title=A\ndate=2026-12-01\ntype=post\nstatus=published\ntranslationKey=a\nauthor=redakcja\nsummary=S.\ntags = a, b\n";
        assertEquals(List.of("content/pl/a.md:9: the header (lines 1-8) is not closed: add a line of exactly '~~~~~~' after line 8"),
                messages(header + "\nTekst.\n"));
        assertEquals(List.of("content/pl/a.md:8: the header (lines 1-8) is not closed: add a line of exactly '~~~~~~' after line 8"),
                messages(header), "a file of header lines alone is named at its last line");
        assertEquals(List.of("content/pl/a.md:1: no header found: end the key=value header with a line of exactly '~~~~~~'"),
                messages("Tekst bez nagłówka.\n"));
    }
    private List<String> messages(String text) {
        List<Problem> problems = new ArrayList<>();
        FrontMatterParser.parse(file, text, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreReadAsPlainText() {
        FrontMatter fm = FrontMatterParser.parse(file, "\uFEFFtitle=A\r\ndate=2026-11-26\r\n~~~~~~\r\nline one\r\nline two", new ArrayList<>())
                .orElseThrow();
        assertEquals("A", fm.get("title"));
        assertEquals(List.of("title", "date"), List.copyOf(fm.values().keySet()));
        assertEquals("line one\nline two", fm.body());
        assertEquals(4, fm.bodyStartLine());
    }

    @Test
    void blankLinesMayStandAnywhereInTheHeaderButThreeDashesOnlyStartYaml() {
        FrontMatter fm = FrontMatterParser.parse(file, "\ntitle=A\n\ndate=2026-11-26\n~~~~~~\nbody", new ArrayList<>()).orElseThrow();
        assertEquals("A", fm.get("title"));
        assertEquals(4, fm.lineOf("date"));
        assertEquals("body", fm.body());
        assertEquals(List.of("content/pl/a.md:2: header line is not key=value: '---'"), messages("title=A\n---\n~~~~~~\nbody"));
    }

    @Test
    void theBodyIsEverythingAfterTheSeparatorWithItsLineEndsAsNewlines() {
        assertEquals("a\n\nb\nc\n", FrontMatterParser.parse(file, "title=A\n~~~~~~\na\r\n\r\nb\rc\r\n", new ArrayList<>()).orElseThrow().body(),
                "Windows and old Mac line ends become newlines, as flexmark and the editor read them");
        assertEquals("\nline", FrontMatterParser.parse(file, "title=A\n~~~~~~\n\r\nline", new ArrayList<>()).orElseThrow().body());
        assertEquals("", FrontMatterParser.parse(file, "title=A\n~~~~~~", new ArrayList<>()).orElseThrow().body());
        assertEquals("", FrontMatterParser.parse(file, "title=A\r\n~~~~~~\r\n", new ArrayList<>()).orElseThrow().body());
        assertEquals(List.of(), messages("title=A\n~~~~~~\r"), "a carriage return that ends the file is its last line's end");
    }

    @Test
    void spacesAroundKeysAndValuesAreIgnoredAndAbsentKeysPointAtTheTop() {
        FrontMatter fm = FrontMatterParser.parse(file, "  title =  Tytuł  \nsummary= Krótko.\n~~~~~~\n", new ArrayList<>()).orElseThrow();
        assertEquals("Tytuł", fm.get("title"));
        assertEquals("Krótko.", fm.get("summary"));
        assertEquals(2, fm.lineOf("summary"));
        assertEquals(1, fm.lineOf("date"), "a missing key is reported at the top of the file");
        assertEquals(null, fm.get("date"));
    }

    @Test
    void onlyTheFirstSeparatorEndsTheHeader() {
        FrontMatter fm = FrontMatterParser.parse(file, "title=A\n~~~~~~\nkey=value in the text\n~~~~~~\n", new ArrayList<>()).orElseThrow();
        assertEquals(List.of("title"), List.copyOf(fm.values().keySet()));
        assertEquals("key=value in the text\n~~~~~~\n", fm.body());
    }

    @Test
    void aSeparatorOfTheWrongLengthSaysHowManyTildesItHas() {
        assertEquals(List.of("content/pl/a.md:2: the header ends with a line of exactly six tildes '~~~~~~'; this one has 4"),
                messages("title=A\n~~~~\nbody\n"));
        assertEquals(List.of("content/pl/a.md:3: the header ends with a line of exactly six tildes '~~~~~~'; this one has 7"),
                messages("title=A\ndate=2026-11-26\n~~~~~~~\nbody\n"));
        assertEquals(List.of("content/pl/a.md:2: header separator must be exactly '~~~~~~' with no spaces around it"),
                messages("title=A\n  ~~~~~~\nbody\n"));
    }

    @Test
    void keysMustBeSimpleNamesAndLinesNeedAKey() {
        assertEquals(List.of(
                "content/pl/a.md:1: header key '1title' is not a simple name",
                "content/pl/a.md:2: header line is not key=value: '=value'",
                "content/pl/a.md:3: header key 'my key' is not a simple name"), messages("1title=A\n=value\nmy key=B\n~~~~~~\n"));
        assertTrue(messages("source.lang-v2_x=pl\n~~~~~~\n").isEmpty(), "letters, digits, '.', '-' and '_' after a first letter are a name");
    }

    @Test
    void aFileWithAProblemInItsHeaderGivesNoFrontMatter() {
        List<Problem> problems = new ArrayList<>();
        assertTrue(FrontMatterParser.parse(file, "title=A\nsummary=\n~~~~~~\nbody", problems).isEmpty());
        assertTrue(FrontMatterParser.parse(file, "", problems).isEmpty());
        problems.clear();
        assertTrue(FrontMatterParser.parse(file, "title=A\nno equals sign\n~~~~~~\n", problems).isEmpty());
        assertTrue(FrontMatterParser.parse(file, "1title=A\n~~~~~~\n", problems).isEmpty());
        assertTrue(FrontMatterParser.parse(file, "title=A\ntitle=B\n~~~~~~\n", problems).isEmpty());
        assertEquals(3, problems.size());
        problems.subList(0, 3).clear();
        assertTrue(FrontMatterParser.parse(file, "title=A\nsummary=\n~~~~~~\nbody", problems).isEmpty());
        assertTrue(FrontMatterParser.parse(file, "", problems).isEmpty());
        assertEquals(List.of("content/pl/a.md:2: header key 'summary' has no value",
                "content/pl/a.md:1: no header found: end the key=value header with a line of exactly '~~~~~~'"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void yamlFrontMatterIsNamedAsSuch() {
        assertEquals(List.of("content/pl/a.md:1: YAML front matter ('---') is not supported: write key=value lines and end the header with a line of ~~~~~~"),
                messages(" --- \ntitle: A\n---\n"));
    }

    /**
     * A file the strict reading rejects, read leniently to find its lines: its header ends at the line the strict reading
     * names as its separator, even a faulty one, and its readable {@code key=value} lines count.
     */
    @Test
    void aLenientReadingEndsTheHeaderWhereTheStrictOneSaysItEndsOrShould() {
        String text = "title=A\nno equals sign\nimage=/images/a.jpg\nimage=/images/b.jpg\n~~~~~\n\n![A](/images/a.jpg)\n";
        assertEquals(List.of("content/pl/a.md:5: the header ends with a line of exactly six tildes '~~~~~~'; this one has 5"), messages(text));
        FrontMatter fm = FrontMatterParser.lenient(text);
        assertEquals(List.of("title", "image"), List.copyOf(fm.values().keySet()), "the line that is no key=value is left out");
        assertEquals("/images/a.jpg", fm.get("image"), "the first of a repeated key");
        assertEquals(3, fm.lineOf("image"));
        assertEquals("\n![A](/images/a.jpg)\n", fm.body());
        assertEquals(6, fm.bodyStartLine());
        assertEquals(4, FrontMatterParser.lenient("title=A\n\n  ~~~~~~  \nbody").bodyStartLine(), "a blank line, then tildes with spaces around them");
        assertEquals(4, FrontMatterParser.lenient("title=A\nsummary=\n~~~~~~~~\nbody").bodyStartLine(), "eight tildes");
    }

    @Test
    void aLenientReadingTakesWindowsLineEndingsAndAByteOrderMarkAsTheStrictOneDoes() {
        FrontMatter fm = FrontMatterParser.lenient("\uFEFFtitle=A\r\ndate=2026-11-31\r\n~~~~~~ \r\nline one\r\nline two\r\n");
        assertEquals("A", fm.get("title"));
        assertEquals(2, fm.lineOf("date"));
        assertEquals("line one\nline two\n", fm.body());
        assertEquals(4, fm.bodyStartLine());
    }

    /**
     * A header never closed: the strict reading names the line after its key=value lines; where the text starts is not known, so the lenient one reads
     * the header's keys from every line and gives the whole file as the body, from line 1. A line that starts with tildes
     * but has more on it (a code fence {@code ~~~text}) ends no header, as it ends none in the strict reading.
     */
    @Test
    void aHeaderNeverClosedGivesTheWholeFileAsTheBodyFromLineOne() {
        String text = "title=A\r\nstatus=draft\r\n\r\nText ![A](/images/a.jpg)\r\n~~~text\r\ncode\r\n";
        assertEquals(List.of("content/pl/a.md:3: the header (lines 1-2) is not closed: add a line of exactly '~~~~~~' after line 2"),
                messages(text));
        FrontMatter fm = FrontMatterParser.lenient(text);
        assertEquals("draft", fm.get("status"));
        assertEquals("title=A\nstatus=draft\n\nText ![A](/images/a.jpg)\n~~~text\ncode\n", fm.body());
        assertEquals(1, fm.bodyStartLine());
        assertEquals(1, FrontMatterParser.lenient("").bodyStartLine());
        assertEquals("", FrontMatterParser.lenient("").body());
    }

    @Test
    void aYamlHeaderIsReadLenientlyAsTextFromLineOne() {
        FrontMatter fm = FrontMatterParser.lenient("---\nimage: /images/a.jpg\n---\n\nText\n");
        assertEquals(Map.of(), fm.values(), "no key=value line");
        assertEquals(1, fm.bodyStartLine());
        assertEquals("---\nimage: /images/a.jpg\n---\n\nText\n", fm.body());
    }
}
