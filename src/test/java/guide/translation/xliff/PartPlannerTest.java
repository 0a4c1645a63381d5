package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a body is cut into parts, and which part of a translation goes with which part of its source. */
class PartPlannerTest {

    @Test
    void aBodyIsItsIntroSectionsAndTrailingFootnotes() {
        String body = "\nIntro.\n\n## First {#first}\n\nText.[^a]\n\n#### Deeper, still the first section\n\n- a list\n\n  ## not a section: inside a list item\n\n"
                + "### Second\n\nMore.\n\n[^a]: A note.\n\n[ref]: /pl/\n\n[^b]: Another.\n";
        BodyOutline outline = MarkdownSegmenter.segment(body, false).outline();
        assertEquals(List.of("intro", "#first", "~1", "footnotes"), outline.top().stream().map(BodyPart::key).toList());
        assertEquals(List.of("^a", "^b"), outline.footnotes().stream().map(BodyPart::key).toList());
        StringBuilder again = new StringBuilder();
        outline.top().forEach(p -> again.append(body, p.start(), p.end()));
        assertEquals(body, again.toString(), "the parts cover the body without gaps");
        assertEquals("### Second\n\nMore.\n\n", body.substring(outline.top().get(2).start(), outline.top().get(2).end()));
        assertEquals("[^a]: A note.\n\n[ref]: /pl/\n\n", body.substring(outline.footnotes().get(0).start(), outline.footnotes().get(0).end()),
                "a link definition among the footnotes goes with the footnote before it");
    }

    @Test
    void sectionsPairByIdOrByPlaceAndTheTranslationsOwnGoWithThePartBeforeThem() {
        String source = "\nWstęp.\n\n## Bez id\n\nA.\n\n## Z id {#known}\n\nB.\n\n## Tylko po polsku {#polish}\n\nC.\n\n## Drugi bez id\n\nD.\n";
        String translation = "\nIntro.\n\n## No id\n\nA.\n\n## With id {#known}\n\nB.\n\n## Only in English {#english}\n\nE.\n\n## Second without id\n\nD.\n";
        assertEquals(List.of("intro <- intro", "~1 <- ~1", "#known <- #known #english", "#polish <-", "~2 <- ~2"), plan(source, translation));
    }

    @Test
    void footnotesPairByLabelWhenMostAgreeAndGoAsOneBlockWhenNot() {
        String source = "\nTekst.[^a][^b][^c]\n\n[^a]: A.\n\n[^b]: B.\n\n[^c]: C.\n";
        assertEquals(List.of("intro <- intro", "^a <- ^a", "^b <- ^b ^x", "^c <-"), plan(source, "\nText.[^a][^b][^x]\n\n[^a]: A.\n\n[^b]: B.\n\n[^x]: X.\n"));
        assertEquals(List.of("intro <- intro", "footnotes <- footnotes"), plan(source, "\nText.[^x][^y][^a]\n\n[^x]: X.\n\n[^y]: Y.\n\n[^a]: A.\n"),
                "one label in three is not enough: the block is one part");
    }

    @Test
    void theTranslationsOwnSectionsRightAfterTheIntroAndAtTheEndStayWithThePartBeforeThem() {
        String source = "\nWstęp.\n\n## Wspólna {#shared}\n\nA.\n";
        String translation = "\nIntro.\n\n## Only here {#early}\n\nE.\n\n## Shared {#shared}\n\nA.\n\n## Also only here {#late}\n\nL.\n";
        assertEquals(List.of("intro <- intro #early", "#shared <- #shared #late"), plan(source, translation),
                "a section of the translation's own goes out in the unit of the part it follows, not the next one, and is never lost");
        assertEquals(List.of("intro <- intro #late"), plan("\nWstęp.\n", "\nIntro.\n\n## Only here {#late}\n\nL.\n"));
    }

    @Test
    void theTranslationsOwnFootnoteBeforeTheFirstSharedOneGoesWithThatOneOnly() {
        String source = "\nTekst.[^a][^b]\n\n[^a]: A.\n\n[^b]: B.\n";
        String translation = "\nText.[^x][^a][^b]\n\n[^x]: X.\n\n[^a]: A.\n\n[^b]: B.\n";
        assertEquals(List.of("intro <- intro", "^a <- ^x ^a", "^b <- ^b"), plan(source, translation),
                "^b's unit must not also carry ^x (nor the ^a between them)");
    }

    @Test
    void footnotesWhereOnlyHalfTheTranslationsLabelsAreTheSourcesGoAsOneBlock() {
        String source = "\nTekst.[^a][^b]\n\n[^a]: A.\n\n[^b]: B.\n";
        String translation = "\nText.[^a][^x]\n\n[^a]: A.\n\n[^x]: X.\n";
        assertEquals(List.of("intro <- intro", "footnotes <- footnotes"), plan(source, translation),
                "half is not more than half: a translation citing other sources keeps its footnotes together");
    }

    /** The plan as "source key <- translation keys". */
    private static List<String> plan(String source, String translation) {
        return PartPlanner.plan(MarkdownSegmenter.segment(source, false).outline(), MarkdownSegmenter.segment(translation, false).outline()).stream()
                .map(p -> (p.source().key() + " <- " + String.join(" ", p.translation().stream().map(BodyPart::key).toList())).strip())
                .toList();
    }
}
