package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz goes out in the sections the build reads it in: its sections and its bands, each from its
 * heading to the next. A line that Markdown reads as a heading but the quiz's reader takes for a
 * band's advice (a paragraph underlined with {@code ---}, an indented {@code ###}) starts no
 * section of its own, so where a band's translation does not follow its source paragraph for
 * paragraph, the whole band, its heading with its id and points included, is one unit named after
 * it; and the file comes back as it went out.
 */
class QuizSectionsTest {
    private static final String POLISH = """
            title=Quiz testowy
            date=2026-11-24
            type=quiz
            status=published
            translationKey=quiz-fixture
            author=redakcja
            summary=Krótki quiz do testów eksportu.
            ~~~~~~

            Wstęp do quizu.

            ## Płatności {#payments}

            - [ ] Klient płaci późno. {#late points=1}

            ## Wynik {#results}

            ### Zostań {#keep points=0-0}

            Zostań, ale:
            ---

            Więcej rad.

            ### Odejdź {#exit points=1-1}

             ### To nie pasmo

            Zaplanuj odejście.
            """;
    private static final String ENGLISH = """
            title=Test quiz
            date=2026-11-24
            type=quiz
            status=published
            translationKey=quiz-fixture
            author=redakcja
            summary=A short quiz for export tests.
            ~~~~~~

            An introduction.

            ## Payments {#payments}

            - [ ] The client pays late. {#late points=1}

            ## Your result {#results}

            ### Stay {#keep points=0-0}

            Stay, but:
            ---

            More advice.

            One more paragraph, in English only.

            ### Leave {#exit points=1-1}

             ### Not a band

            Plan the exit.

            A last word, in English only.
            """;

    @TempDir
    Path project;
    Path file;
    XliffFixture.Run export;

    @BeforeEach
    void setUp() throws Exception {
        XliffFixture.fixtureProject(project);
        XliffFixture.write(project.resolve("content/pl/quiz-testowy.md"), POLISH);
        XliffFixture.write(project.resolve("content/en/test-quiz.md"), ENGLISH);
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-quiz.md").code());
        export = XliffFixture.guide(project, "translations", "export", "content/pl/quiz-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        file = project.resolve("target/xliff/quiz-fixture.pl-en.xlf");
    }

    @Test
    void aBandGoesOutWholeWithTheHeadingLikeLinesOfItsAdvice() throws Exception {
        XliffFile xliff = Xliff12Reader.read(file, Files.readAllBytes(file));
        assertEquals(List.of("title x-title", "summary x-summary", "b1.1 x-paragraph", "b2.1 x-section-title payments", "b3.1 x-statement late",
                        "b4.1 x-section-title results", "s5 x-section keep", "s8 x-section exit"),
                xliff.units().stream().map(u -> (u.id() + " " + u.restype() + " " + u.name()).strip()).toList());
        assertTrue(export.out().contains("(8 translated; 2 of them whole sections)"), export.out());
        assertEquals("### Zostań {#keep points=0-0}\n\nZostań, ale:\n---\n\nWięcej rad.\n\n", xliff.unit("s5").orElseThrow().source().markdown());
        assertEquals("### Stay {#keep points=0-0}\n\nStay, but:\n---\n\nMore advice.\n\nOne more paragraph, in English only.\n\n",
                xliff.unit("s5").orElseThrow().target().markdown());
        assertEquals("### Odejdź {#exit points=1-1}\n\n ### To nie pasmo\n\nZaplanuj odejście.\n", xliff.unit("s8").orElseThrow().source().markdown());
        assertEquals("### Leave {#exit points=1-1}\n\n ### Not a band\n\nPlan the exit.\n\nA last word, in English only.\n",
                xliff.unit("s8").orElseThrow().target().markdown());
    }

    @Test
    void importingTheFileUnchangedGivesTheSameMarkdownByteForByte() throws Exception {
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("content/en/test-quiz.md: unchanged"), imported.out());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
    }

    @Test
    void aTranslatorsEditToAWholeBandIsWrittenAsTheTargetSays() throws Exception {
        Path english = project.resolve("content/en/test-quiz.md");
        String stamped = read(english);
        XliffFixture.write(file, read(file).replace(">More advice.<", ">Better advice.<"));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(stamped.replace("More advice.", "Better advice."), XliffFixture.withoutLastImport(read(english)));
    }

    /**
     * A {@code ## } line inside a raw-HTML block: Markdown reads one HTML block, which is one unit, and
     * the quiz's reader, which takes its headings from Markdown, reads it as the band's advice too. No
     * section starts inside that unit (one there would cut it in two, and the export fail with "begin
     * 191, end 154"): the band goes out whole up to the next band, which goes out as it always did; and
     * the file comes back as it went out.
     */
    @Test
    void aSectionLineInsideRawHtmlCutsNoUnitInTwo() throws Exception {
        String inHtml = "### Zostań {#keep points=0-0}\n\n<div>\nZostań.\n## Nie sekcja {#not-a-section}\n</div>\n\n";
        XliffFixture.write(project.resolve("content/pl/quiz-testowy.md"), POLISH.replace("### Zostań {#keep points=0-0}\n\n", inHtml));
        XliffFixture.write(project.resolve("content/en/test-quiz.md"), ENGLISH.replace("### Stay {#keep points=0-0}\n\n",
                "### Stay {#keep points=0-0}\n\n<div>\nStay.\n## Not a section {#not-a-section}\n</div>\n\n"));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-quiz.md").code());
        // --replace: the file setUp exported holds the English as it was before this test edited it, which the export keeps otherwise
        export = XliffFixture.guide(project, "translations", "export", "content/pl/quiz-testowy.md", "--to", "en", "--replace");
        assertEquals(0, export.code(), export.err());
        XliffFile xliff = Xliff12Reader.read(file, Files.readAllBytes(file));
        assertEquals(List.of("title x-title", "summary x-summary", "b1.1 x-paragraph", "b2.1 x-section-title payments", "b3.1 x-statement late",
                        "b4.1 x-section-title results", "s5 x-section keep", "s9 x-section exit"),
                xliff.units().stream().map(u -> (u.id() + " " + u.restype() + " " + u.name()).strip()).toList());
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
    }
}
