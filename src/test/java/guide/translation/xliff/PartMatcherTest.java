package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pairing parts by key when no key is shared, or the translation has no parts at all. */
class PartMatcherTest {

    @Test
    void withNoKeyInCommonThereIsNoPairingRatherThanOneThatDropsTheTranslation() {
        assertEquals(Optional.empty(), PartMatcher.match(parts("^a", "^b"), parts("^x", "^y")));
    }

    @Test
    void anEmptyTranslationLeavesEverySourcePartWithoutCounterpart() {
        List<PartPair> pairs = PartMatcher.match(parts("^a", "^b"), List.of()).orElseThrow();
        assertEquals(List.of("^a", "^b"), pairs.stream().map(p -> p.source().key()).toList());
        assertEquals(List.of(List.of(), List.of()), pairs.stream().map(PartPair::translation).toList());
    }

    /** Footnote parts under these keys, one character each, in order. */
    private static List<BodyPart> parts(String... keys) {
        int[] at = {0};
        return Arrays.stream(keys).map(k -> new BodyPart(BodyPart.Kind.FOOTNOTE, k, k.substring(1), new TextRange(at[0], ++at[0]))).toList();
    }
}
