package guide.translation;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void stampRoundTripsThroughTheHeaderValue() {
        SourceRevision revision = SourceRevision.of("pl", "Title", BODY);
        assertEquals(revision, SourceRevision.parse(revision.toString()).orElseThrow());
        assertEquals(true, SourceRevision.parse("pl not-a-hash").isEmpty());
    }
}
