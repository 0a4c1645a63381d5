package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {
    private final Path file = Path.of("content/pl/a.md");

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
        assertTrue(problems.get(2).toString().startsWith("content/pl/a.md:1: no header found"), problems.get(2)::toString);
    }
}
