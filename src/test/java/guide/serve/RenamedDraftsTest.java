package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftKey;
import guide.build.DraftPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which draft at a new file is surely a shown draft renamed: by language and translationKey or title, and only one either way. */
class RenamedDraftsTest {
    private static final DraftPage DEPOSITS = shown("deposits", new DraftKey("en", "deposits", "Deposits, drafted"));

    @Test
    void aDraftOfTheSameLanguageWithTheSameTranslationKeyOrTheSameTitleIsTheOneRenamed() {
        DraftAddress sameKey = added("deposit-rules", new DraftKey("en", "deposits", "Deposit rules"));
        DraftAddress sameTitle = added("deposit-rules", new DraftKey("en", "advance", " Deposits, drafted "));
        assertEquals(Map.of("en/deposits/index.html", sameKey), RenamedDrafts.pair(List.of(DEPOSITS), List.of(sameKey)));
        assertEquals(Map.of("en/deposits/index.html", sameTitle), RenamedDrafts.pair(List.of(DEPOSITS), List.of(sameTitle)));
    }

    @Test
    void neitherAnotherLanguageNorAnotherKeyAndTitleNorABlankTitleNorNoKeyAtAllPairs() {
        List<DraftAddress> others = List.of(added("zaliczki", new DraftKey("pl", "deposits", "Deposits, drafted")),
                added("advance", new DraftKey("en", "advance", "Advance payments")), added("untitled", null));
        assertEquals(Map.of(), RenamedDrafts.pair(List.of(DEPOSITS), others));
        DraftPage blank = shown("blank", new DraftKey("en", null, " "));
        assertEquals(Map.of(), RenamedDrafts.pair(List.of(blank, shown("unknown", null)), List.of(added("other", new DraftKey("en", "other", " ")))));
    }

    @Test
    void twoCandidatesEitherWayPairNone() {
        DraftAddress one = added("deposit-rules", new DraftKey("en", "deposits", "Deposit rules"));
        DraftAddress two = added("deposits-again", new DraftKey("en", "again", "Deposits, drafted"));
        assertEquals(Map.of(), RenamedDrafts.pair(List.of(DEPOSITS), List.of(one, two)), "two drafts could be it: neither is sent to");
        DraftPage twin = shown("deposits-copy", new DraftKey("en", "copy", "Deposit rules"));
        assertEquals(Map.of(), RenamedDrafts.pair(List.of(DEPOSITS, twin), List.of(one)), "it could be either shown draft renamed");
    }

    private static DraftPage shown(String name, DraftKey key) {
        return new DraftPage("content/en/" + name + ".md: draft, not published", "/en/" + name + "/", "en/" + name + "/index.html", "<p>x</p>", List.of(), key);
    }

    private static DraftAddress added(String name, DraftKey key) {
        return new DraftAddress("content/en/" + name + ".md: draft, not published", "/en/" + name + "/", "en/" + name + "/index.html", null, key);
    }
}
