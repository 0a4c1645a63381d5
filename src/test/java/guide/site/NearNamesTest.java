package guide.site;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One or two edits make a near name; none or three do not. A typo of an address or a file name may be a third of the
 * name's length in edits, three at most.
 */
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

    /** A heading that lost its {#copyright} gets an id from its text, "Files and copyright": that is the one meant. */
    @Test
    void aNameThatIsTheLastWordsOfALongerIdIsOneEditFromIt() {
        assertEquals(List.of("files-and-copyright", "contract-type", "documents"),
                NearNames.closest("copyright", List.of("contract-type", "documents", "wrap-up", "files-and-copyright"), 3));
        assertEquals(List.of("send-a-reminder"), NearNames.closest("reminder", List.of("remainder-due", "send-a-reminder"), 1),
                "a whole word before a nearly whole one");
        assertEquals(List.of("when-to-send"), NearNames.closest("sen", List.of("when-to-send", "absent"), 1),
                "a word's start, not the middle of one");
        // A guard, passing with and without the later words: their rule must not reorder the names far from the one meant.
        assertEquals(List.of("late-payments", "conclusion", "how-to-end-it"), NearNames.closest("late-payment",
                List.of("pricing-expectations", "conclusion", "how-to-end-it", "late-payments"), 3), "a later word far from it counts for nothing");
        assertEquals(List.of("a-b"), NearNames.closest("", List.of("a-b"), 1), "nothing typed");
    }

    @Test
    void aTypoMayBeAThirdOfTheNameInEditsAndThreeAtMost() {
        assertEquals(0, NearNames.allowance("t/"), "x/ is no typo of t/");
        assertEquals(1, NearNames.allowance("abc"));
        assertEquals(3, NearNames.allowance("how-to-price-a-project/"));
        assertEquals(Optional.empty(), NearNames.typoOf("abcd/", List.of("axyd/")), "two edits in five letters");
        assertEquals(Optional.of("axcd/"), NearNames.typoOf("abcd/", List.of("axyd/", "axcd/")));
        assertEquals(Optional.of("how-to-price/"), NearNames.typoOf("hwo-to-prise/", List.of("how-to-price/")), "three edits in 13 letters");
        assertEquals(Optional.empty(), NearNames.typoOf("hwo-to-prcie-a-project/", List.of("how-to-price-a-project/")), "four edits is too far");
    }

    @Test
    void aTypoTieGoesToTheCallersPreferenceThenTheAlphabet() {
        assertEquals(Optional.of("steps-b"), NearNames.typoOf("steps-x", List.of("steps-c", "steps-b")));
        assertEquals(Optional.of("steps-c"), NearNames.typoOf("steps-x", List.of("steps-b", "steps-c"),
                Comparator.comparing((String name) -> !name.endsWith("c"))));
        assertEquals(Optional.of("steps-b"), NearNames.typoOf("steps-x", List.of("steps-b", "steps-c", "steps-d"),
                Comparator.comparing((String name) -> name.endsWith("c"))), "b and d are preferred alike: b first in the alphabet");
    }

    @Test
    void aCallersAllowanceIsPerCandidateAndNeverPastThree() {
        assertEquals(Optional.of("tags"), NearNames.nearestWithin("tgas", List.of("date", "tags"), c -> 2, Comparator.naturalOrder()));
        assertEquals(Optional.empty(), NearNames.nearestWithin("tgas", List.of("tags"), c -> c.length() / 3, Comparator.naturalOrder()));
        assertEquals(Optional.of("tags"), NearNames.nearestWithin("tags", List.of("tags"), c -> 0, Comparator.naturalOrder()), "itself, if asked");
        assertEquals(Optional.empty(), NearNames.nearestWithin("abcdef", List.of("wxyzef"), c -> Integer.MAX_VALUE, Comparator.naturalOrder()),
                "four edits");
        assertEquals(Optional.of("b-2"), NearNames.nearestWithin("x-2", List.of("a-2", "b-2"), c -> 1, Comparator.reverseOrder()));
    }
}
