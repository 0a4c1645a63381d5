package guide.quiz;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The blocks the XLIFF import holds to the source's are those the quiz reads, in any order and spacing of their words. */
class AttributeBlockTest {
    private static List<String> found(String text) {
        Matcher m = AttributeBlock.WITH_ID.matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aBlockWithAnIdAmongItsWordsIsFound() {
        assertEquals(List.of("points=2 #late", "#late points=2", "#how-to", "decides=exit  #a\tpoints=4"),
                found("- [ ] A. {points=2 #late} B. {#late points=2} { #how-to } {  decides=exit  #a\tpoints=4 }"));
    }

    @Test
    void aBlockWithoutAnIdOrAcrossLinesIsNot() {
        assertEquals(List.of(), found("{points=2} {a#b points=2} {#a\npoints=2} {points=2\n#a}"));
    }

    @Test
    void theSameWordsInAnyOrderAndSpacingReadAlike() {
        assertEquals("{#late decides=exit points=2}", AttributeBlock.readAs("  points=2 decides=exit   #late "));
        assertEquals("{#late decides=exit points=2}", AttributeBlock.readAs("#late\tpoints=2 decides=exit"));
        assertEquals("{#late points=2 points=3}", AttributeBlock.readAs("points=3 #late points=2"));
    }

    @Test
    void theQuizReadsTheSameWords() {
        assertEquals(List.of("points=2", "#late", "decides=exit"), AttributeBlock.words(" points=2\t #late  decides=exit "));
        assertEquals(List.of(), AttributeBlock.words("   "));
    }
}
