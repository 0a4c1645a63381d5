package guide.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A misspelt header key is named with the key the editor probably meant ("did you mean …?"). */
class HeaderKeysTest {

    @Test
    void theKeysTheReadmeListsAreKnownAndNothingElse() {
        for (String key : new String[]{"title", "date", "type", "status", "translationKey", "author", "summary", "tags", "updated", "lang",
                "sourceRevision", "sourceLanguage", "basedOn", "legalStatus", "image", "imageAlt", "aliases"}) {
            assertTrue(HeaderKeys.isKnown(key), key);
        }
        assertFalse(HeaderKeys.isKnown("Title"), "keys are case-sensitive, as JBake reads them");
        assertFalse(HeaderKeys.isKnown("colour"));
    }

    @Test
    void aTypoIsMatchedToTheNearestKnownKey() {
        assertEquals(Optional.of("title"), HeaderKeys.nearest("tittle"));
        assertEquals(Optional.of("author"), HeaderKeys.nearest("autor"));
        assertEquals(Optional.of("summary"), HeaderKeys.nearest("sumary"));
        assertEquals(Optional.of("sourceRevision"), HeaderKeys.nearest("sourceRevisin"));
        assertEquals(Optional.of("tags"), HeaderKeys.nearest("tgas"));
        assertEquals(Optional.of("imageAlt"), HeaderKeys.nearest("imageAl"), "one edit from imageAlt, two from image: the nearer wins");
    }

    @Test
    void caseIsIgnoredWhenLookingForTheNearestKey() {
        assertEquals(Optional.of("title"), HeaderKeys.nearest("Title"));
        assertEquals(Optional.of("translationKey"), HeaderKeys.nearest("translationkey"));
        assertEquals(Optional.of("translationKey"), HeaderKeys.nearest("TRANSLATIONKEY"));
    }

    @Test
    void shortKeysAllowTwoEditsLongKeysThree() {
        assertEquals(Optional.of("date"), HeaderKeys.nearest("dxxe"), "two edits from date");
        assertEquals(Optional.empty(), HeaderKeys.nearest("dxxx"), "three edits from date is too far for a four-letter key");
        assertEquals(Optional.of("translationKey"), HeaderKeys.nearest("trnsxationKy"), "three edits from translationKey");
        assertEquals(Optional.empty(), HeaderKeys.nearest("trnsxatonKy"), "four edits is too far for any key");
    }

    @Test
    void aKeyUnlikeAnyKnownOneHasNoSuggestion() {
        assertEquals(Optional.empty(), HeaderKeys.nearest("colour"));
        assertEquals(Optional.empty(), HeaderKeys.nearest("imageAltText"));
    }
}
