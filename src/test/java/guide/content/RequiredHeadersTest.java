package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a page's header must hold, and what an editor is told of a key that is missing or that the guide does not know. */
class RequiredHeadersTest {
    private static final Path FILE = Path.of("content/pl/a.md");
    private static final String COMPLETE = """
            title=Tytuł
            date=2026-12-01
            type=post
            status=draft
            translationKey=a
            author=redakcja
            summary=Krótko.
            """;

    private static List<String> problems(String header) {
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatterParser.parse(FILE, header + "~~~~~~\n\nTekst.\n", problems).orElseThrow();
        RequiredHeaders.check(FILE, fm, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aCompleteHeaderHasNoProblem() {
        assertEquals(List.of(), problems(COMPLETE));
    }

    @Test
    void aMissingKeyIsNamedWithTheLineToAdd() {
        assertEquals(List.of("content/pl/a.md:1: missing required header 'date': add a line date=yyyy-MM-dd with the day the page is first"
                + " published"), problems(COMPLETE.replace("date=2026-12-01\n", "")));
    }

    @Test
    void aTypoOfAMissingKeyIsOneErrorAtItsLine() {
        assertEquals(List.of("content/pl/a.md:1: unknown header 'tittle': did you mean 'title'? (title is required)"),
                problems(COMPLETE.replace("title=", "tittle=")));
    }

    @Test
    void anotherUnknownKeyIsAWarningAsItIsIgnored() {
        assertEquals(List.of("content/pl/a.md:8: warning: unknown header 'tagz' is ignored: did you mean 'tags'?"),
                problems(COMPLETE + "tagz=a,b\n"));
    }

    @Test
    void aNotFoundPageNeedsNoAuthorOrSummary() {
        assertEquals(List.of(), problems(COMPLETE.replace("type=post", "type=notfound").replace("author=redakcja\n", "")
                .replace("summary=Krótko.\n", "")));
    }
}
