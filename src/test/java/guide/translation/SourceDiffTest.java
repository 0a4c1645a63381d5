package guide.translation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceDiffTest {
    private static final String BODY = "Intro paragraph.\n\n## Step one\n\nDo this.\n\n## Step two\n\nDo that.\n";

    private static List<String> changes(String newTitle, String newBody) {
        SourceRevision stamped = SourceRevision.of("pl", "Title", BODY);
        return SourceDiff.between(stamped, newTitle, newBody).stream().map(c -> c.kind().sign() + " " + c.text()).toList();
    }

    @Test
    void unchangedTextHasNoChangesAndTheSameHash() {
        assertEquals(List.of(), changes("Title", BODY));
        assertEquals(SourceRevision.of("pl", "Title", BODY).hash(), SourceRevision.of("pl", " Title ", BODY.replace("Do this.", "Do   this.")).hash(),
                "whitespace alone is not a change");
    }

    @Test
    void reportsEditedAddedAndRemovedBlocks() {
        String edited = BODY.replace("Do this.", "Do this, carefully.");
        assertEquals(List.of("~ Do this, carefully."), changes("Title", edited));
        assertEquals(List.of("+ ## Step three", "+ Finish."), changes("Title", BODY + "\n## Step three\n\nFinish.\n"));
        assertEquals(List.of("- ## Step one"), changes("Title", BODY.replace("Do this.\n\n", "")));
        assertEquals(List.of("~ # New title"), changes("New title", BODY));
    }

    @Test
    void locatesEachChangeNowAndInTheStampedText() {
        SourceRevision stamped = SourceRevision.of("pl", "Title", BODY);
        // Blocks: 0 title, 1 intro, 2 "## Step one", 3 "Do this.", 4 "## Step two", 5 "Do that."
        List<String> located = SourceDiff.located(stamped, "Title", BODY.replace("Do that.", "Do that now.\n\nThen rest."))
                .stream().map(c -> c.kind().sign() + " " + c.block() + " " + c.stamped()).toList();
        assertEquals(List.of("~ 5 5", "+ 6 5"), located, "the edit stays at 5; the new block follows stamped block 5");
        List<String> removed = SourceDiff.located(stamped, "Title", BODY.replace("## Step one\n\nDo this.\n\n", ""))
                .stream().map(c -> c.kind().sign() + " " + c.block() + " " + c.stamped() + " " + c.text()).toList();
        assertEquals(List.of("- 1 2 Intro paragraph.", "- 1 3 Intro paragraph."), removed);
    }

    @Test
    void stampRoundTripsThroughTheHeaderValue() {
        SourceRevision revision = SourceRevision.of("pl", "Title", BODY);
        assertEquals(revision, SourceRevision.parse(revision.toString()).orElseThrow());
        assertEquals(true, SourceRevision.parse("pl not-a-hash").isEmpty());
    }
    @Test
    void severalEditsInARowAreEachNamed() {
        String body = "A.\n\nB.\n\nC.\n";
        SourceRevision stamped = SourceRevision.of("pl", "T", body);
        assertEquals(List.of("~ A2.", "~ B2."), diff(stamped, "T", "A2.\n\nB2.\n\nC.\n"));
        assertEquals(List.of("~ A2.", "+ X."), diff(stamped, "T", "A2.\n\nX.\n\nB.\n\nC.\n"));
    }

    @Test
    void aRemovedBlockIsShownByTheBlockBeforeIt() {
        String body = "A.\n\nB.\n\nC.\n";
        SourceRevision stamped = SourceRevision.of("pl", "T", body);
        assertEquals(List.of("~ A2.", "- # T"), diff(stamped, "T", "A2.\n\nC.\n"), "B went, A was edited: the landmark is the block before both");
        assertEquals(List.of("- A."), diff(stamped, "T", "A.\n\nC.\n"));
        assertEquals(List.of("- B."), diff(stamped, "T", "A.\n\nB.\n"));
    }

    @Test
    void aBlockRemovedBeforeEverythingElseHasNoLandmark() {
        SourceRevision stamped = SourceRevision.of("pl", "T", "A.\n\nB.\n");
        assertEquals(List.of("~ # New", "- "), diff(stamped, "New", "B.\n"));
    }

    @Test
    void blocksAddedAtTheStartAndTheEndAreAdded() {
        SourceRevision stamped = SourceRevision.of("pl", "T", "A.\n");
        assertEquals(List.of("+ Z.", "+ Y."), diff(stamped, "T", "Z.\n\nA.\n\nY.\n"));
    }

    private static List<String> diff(SourceRevision stamped, String title, String body) {
        return SourceDiff.between(stamped, title, body).stream().map(c -> c.kind().sign() + " " + c.text()).toList();
    }
    @Test
    void aParagraphReplacedInPlaceIsOneEdit() {
        SourceRevision stamped = SourceRevision.of("pl", "T", "C.\n\nB.\n");
        assertEquals(List.of("~ B."), diff(stamped, "T", "B.\n\nB.\n"));
    }

    /** The summary's change, named as the report names it, with its old text where the stamped version from git has it. */
    @Test
    void anEditedSummaryComesWithItsOldTextAndAnAddedOneWithout() {
        SourceRevision stamp = SourceRevision.of("pl", "Tytuł", "Akapit.").withSummary("Stare  streszczenie.");
        SourceChange edited = SourceDiff.summaryChange(stamp, " Nowe   streszczenie. ").orElseThrow();
        assertEquals(new SourceChange(SourceChange.Kind.EDITED, "Nowe streszczenie.", SourceChange.Part.SUMMARY, null), edited);
        StampedSource old = new StampedSource(SourceRevision.blocks("Tytuł", "Akapit."), "Stare streszczenie.");
        assertEquals("Stare streszczenie.", SourceDiff.summaryChange(stamp, "Nowe streszczenie.", Optional.of(old)).orElseThrow().old());
        SourceRevision none = SourceRevision.of("pl", "Tytuł", "Akapit.").withSummary(null);
        SourceChange added = SourceDiff.summaryChange(none, "Nowe streszczenie.", Optional.of(old)).orElseThrow();
        assertEquals(new SourceChange(SourceChange.Kind.ADDED, "Nowe streszczenie.", SourceChange.Part.SUMMARY, null), added);
    }

    /**
     * An underlined heading is shown as the heading it is, as one written with # marks is, not as a paragraph ending in dashes;
     * its old text, from the stamped version, alike, so only the words that changed are marked.
     */
    @Test
    void anUnderlinedHeadingIsShownAsAHeading() {
        assertEquals(List.of("+ ## Kontakt {#contact}", "+ Napisz do nas.", "+ # Cennik Od 100 zł."), // as "# Cennik" above its text would be
                changes("Title", BODY + "\nKontakt {#contact}\n-------\n\nNapisz do nas.\n\nCennik\n===\nOd 100 zł.\n"));
        assertEquals(List.of("+ Lista:", "+ - punkt"), changes("Title", BODY + "\nLista:\n\n- punkt\n"), "a list item is no underline");
        assertEquals(List.of("+ ---"), changes("Title", BODY + "\n---\n"), "a line of dashes alone is a rule, not an underline");
        String before = BODY + "\nKontakt\n-------\n";
        SourceRevision stamp = SourceRevision.of("pl", "Title", before);
        StampedSource old = new StampedSource(SourceRevision.blocks("Title", before), null, SourceRevision.shownBlocks("Title", before));
        SourceChange edited = SourceDiff.between(stamp, "Title", BODY + "\nKontakty\n--------\n").get(0);
        List<BlockChange> located = SourceDiff.located(stamp, "Title", BODY + "\nKontakty\n--------\n", Optional.of(old));
        assertEquals(new SourceChange(SourceChange.Kind.EDITED, "## Kontakty"), edited);
        assertEquals("## Kontakt", located.get(0).old());
    }
}
