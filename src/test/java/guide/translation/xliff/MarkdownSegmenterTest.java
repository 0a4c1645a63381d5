package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a translator gets to translate, and what stays out of reach, on the tests' own content. */
class MarkdownSegmenterTest {
    private static final Path FIXTURES = ProjectFixture.projectDir().resolve("src/test/resources/fixtures/xliff/content");

    @Test
    void everyConstructBecomesTextAndTagsAndTheSkeletonGivesTheBodyBack() throws IOException {
        String body = body("pl/artykul-testowy.md");
        SegmentedBody segmented = MarkdownSegmenter.segment(body, false);
        Map<String, Unit> units = segmented.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        assertEquals(body, segmented.skeleton().fill(id -> units.get(id).source().markdown()));

        Unit first = units.get("b1.1");
        assertEquals("Pierwszy akapit z pogrubieniem, kursywą,  i linkiem do sekcji.", words(first));
        assertEquals(List.of("OPEN bold **", "CLOSE bold **", "OPEN italic *", "CLOSE italic *", "STANDALONE x-code `kod_bez_tłumaczenia`",
                "OPEN link [", "CLOSE link ](/pl/inny-testowy/#sekcja)", "STANDALONE x-footnote [^podstawa]"), tags(first));
        assertEquals("Sekcja z kotwicą", units.get("b2.1").source().markdown(), "the heading's {#id} stays in the skeleton");
        assertEquals(UnitKind.HEADING, units.get("b2.1").kind());
        assertEquals("sekcja", units.get("b2.1").name());
        assertEquals(List.of("Pozycja", "Wartość", "Stawka godzinowa", "cennik"),
                segmented.units().stream().filter(u -> u.kind() == UnitKind.TABLE_CELL).map(MarkdownSegmenterTest::words).toList());
        assertEquals("Zdjęcie biurka freelancera", words(units.get("b4.1")), "image alt text is translated; the address is a tag");
        assertEquals(List.of("OPEN bold **", "CLOSE bold **", "STANDALONE lb \n", "STANDALONE x-markup > "), tags(units.get("b5.1")),
                "a line break and the quote's marker on the next line are tags");
        assertEquals("Uwaga: cytat w dwóchliniach.", words(units.get("b5.1")));
        assertEquals(UnitKind.LIST_ITEM, units.get("b6.2").kind());
        assertTrue(segmented.units().stream().noneMatch(u -> u.source().markdown().contains("kod_w_bloku")), "code blocks are not exported");
        assertEquals("Tekst w ramce HTML.", words(units.get("b8.1")));
        assertEquals(UnitKind.FOOTNOTE, units.get("b9.1").kind());
        assertEquals("podstawa", units.get("b9.1").name());
    }

    @Test
    void aChecklistsIdsPointsAndDecidesStayInTheSkeleton() throws IOException {
        String body = body("pl/quiz-testowy.md");
        SegmentedBody segmented = MarkdownSegmenter.segment(body, true);
        Map<String, Unit> units = segmented.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        assertEquals(body, segmented.skeleton().fill(id -> units.get(id).source().markdown()));
        Unit threats = units.get("b3.2");
        assertEquals(UnitKind.STATEMENT, threats.kind());
        assertEquals("threats", threats.name());
        assertEquals("Klient grozi tobie lub zespołowi.", threats.source().markdown());
        assertEquals(List.of("SECTION_TITLE payments", "STATEMENT late", "STATEMENT threats", "SECTION_TITLE results", "BAND_TITLE keep",
                        "BAND_ADVICE keep", "BAND_TITLE exit", "BAND_ADVICE exit"),
                segmented.units().stream().filter(u -> u.kind() != UnitKind.PARAGRAPH).map(u -> u.kind() + " " + u.name()).toList());
        for (Unit unit : segmented.units()) {
            assertFalse(unit.source().markdown().matches("(?s).*(\\{#|points=|decides=).*"), unit.id() + ": " + unit.source().markdown());
        }
        String skeleton = segmented.skeleton().fill(id -> "");
        assertTrue(skeleton.contains("- [ ]  {#threats points=4 decides=exit}"), skeleton);
        assertTrue(skeleton.contains("### {#exit points=4-7}") || skeleton.contains("###  {#exit points=4-7}"), skeleton);
    }

    private static String words(Unit unit) {
        return unit.source().spans().stream().filter(TaggedText.Text.class::isInstance).map(TaggedText.Span::markdown).collect(Collectors.joining());
    }

    private static List<String> tags(Unit unit) {
        return unit.source().tags().stream().map(t -> t.role() + " " + t.type() + " " + t.markdown()).toList();
    }

    private static String body(String file) throws IOException {
        String text = XliffFixture.read(FIXTURES.resolve(file));
        return text.substring(text.indexOf("~~~~~~\n") + 7);
    }
}
