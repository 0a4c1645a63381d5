package guide.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One or two edits make a near name; none or three do not. */
class NearNamesTest {

    @Test
    void oneOrTwoEditsAreNear() {
        assertTrue(NearNames.near("editor-trail", "editor-trial"), "two letters swapped: two edits");
        assertTrue(NearNames.near("odestki", "odsetki"));
        assertTrue(NearNames.near("kc", "kcx"), "one letter added");
        assertTrue(NearNames.near("A", "a"), "case counts, as labels and keys tell it apart");
    }

    @Test
    void theSameNameAndThreeEditsAreNotNear() {
        assertFalse(NearNames.near("about", "about"));
        assertFalse(NearNames.near("about", "abxyz"), "three letters changed");
        assertFalse(NearNames.near("pricing-a-project", "pricing"));
    }

    @Test
    void theNearestIsTheOneWithFewestEditsThenTheFirstByName() {
        assertEquals(Optional.of("abcz"), NearNames.nearest("abcd", List.of("aaxd", "abcz", "wxyz")), "one edit before two");
        assertEquals(Optional.of("odsetki"), NearNames.nearest("odsetkj", List.of("kary", "odsetkx", "odsetki")), "a tie: by name");
        assertEquals(Optional.empty(), NearNames.nearest("odsetki", List.of("odsetki", "kary")), "itself is not near");
    }

    @Test
    void theClosestAreTheFewestEditsAwayAndANameCutShortIsOneEditFromWhatItBegins() {
        assertEquals(List.of("when-to-send-a-reminder", "what-to-write", "silence"),
                NearNames.closest("when", List.of("silence", "what-to-write", "when-to-send-a-reminder", "contact"), 3));
        assertEquals(List.of("a-2", "b-2"), NearNames.closest("x-2", List.of("b-2", "a-2"), 3), "a tie: by name");
        assertEquals(List.of("kontakt"), NearNames.closest("kontak", List.of("zespol", "kontakt"), 1));
    }
}
