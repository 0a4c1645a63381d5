package guide.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The heading ids remembered for a build are those of the text asked about: an edited text's own, an equal text's the same. */
class RememberedHeadingIdsTest {
    private static List<String> read(String markdown) {
        return RememberedHeadingIds.read(markdown).stream().map(w -> w.line() + " h" + w.level() + " #" + w.id()).toList();
    }

    @Test
    void aTextReadAgainGivesItsOwnIdsWhetherEqualOrEdited() {
        // A guard test: it passes with and without the memo of texts already read; it keeps the memo from handing an edited
        // text (the preview's next save) the ids of the text before, or an equal text built apart anything but the same ids.
        String before = "## A {#first}\n\n## B {#second}\n";
        assertEquals(List.of("1 h2 #first", "3 h2 #second"), read(before));
        assertEquals(List.of("1 h2 #first", "3 h2 #second"), read(new StringBuilder("## A {#first}\n\n").append("## B {#second}\n").toString()));
        assertEquals(List.of("1 h2 #first", "3 h2 #renamed"), read(before.replace("second", "renamed")));
        assertEquals(List.of("1 h2 #first", "3 h2 #second"), read(before));
        assertEquals(Set.of("first", "second"), RememberedHeadingIds.ofSections(before));
        assertEquals(HeadingIds.read(before), RememberedHeadingIds.read(before));
    }

    @Test
    void aTextIsReadOnceForTheBuild() {
        String id = "once-" + System.nanoTime(); // a text no other test has read
        List<HeadingIds.Written> first = RememberedHeadingIds.read("## Once {#" + id + "}\n");
        assertEquals(List.of(new HeadingIds.Written(id, 2, 1, List.of(id))), first);
        assertSame(first, RememberedHeadingIds.read("## Once {#" + id + "}\n"));
    }
}
