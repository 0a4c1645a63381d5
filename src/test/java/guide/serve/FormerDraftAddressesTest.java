package guide.serve;

import guide.build.DraftKey;
import guide.build.DraftPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which old draft addresses a good build's drafts send on, and to where, over a preview session. */
class FormerDraftAddressesTest {
    private static final DraftKey DEPOSITS = new DraftKey("en", "deposits", "Deposits, drafted");

    @Test
    void aRenamedDraftsOldAddressLeadsToItsNewestAndNoLongerOnceAnotherDraftTakesIt() {
        FormerDraftAddresses former = new FormerDraftAddresses();
        DraftPage first = draft("deposits", DEPOSITS);
        DraftPage renamed = draft("deposit-rules", DEPOSITS);
        DraftPage again = draft("deposit-terms", DEPOSITS);
        former.replaced(List.of(), List.of(first));
        assertEquals(Optional.empty(), former.from("en/deposits/index.html"));
        former.replaced(List.of(first), List.of(renamed));
        assertEquals(Optional.of("/en/deposit-rules/"), former.from("en/deposits/index.html"));
        former.replaced(List.of(renamed), List.of(renamed));
        assertEquals(Optional.of("/en/deposit-rules/"), former.from("en/deposits/index.html"), "a build that changes no draft keeps it");
        former.replaced(List.of(renamed), List.of(again));
        assertEquals(Optional.of("/en/deposit-terms/"), former.from("en/deposits/index.html"));
        assertEquals(Optional.of("/en/deposit-terms/"), former.from("en/deposit-rules/index.html"));

        DraftPage other = draft("deposits", new DraftKey("en", "designer-deposits", "Deposits for designers"));
        former.replaced(List.of(again), List.of(again, other));
        assertEquals(Optional.empty(), former.from("en/deposits/index.html"), "the draft at the address wins");
        assertEquals(Optional.of("/en/deposit-terms/"), former.from("en/deposit-rules/index.html"));
    }

    @Test
    void aDraftRenamedBackLeadsNowhereFromItsOwnAddress() {
        FormerDraftAddresses former = new FormerDraftAddresses();
        DraftPage first = draft("deposits", DEPOSITS);
        DraftPage renamed = draft("deposit-rules", DEPOSITS);
        former.replaced(List.of(first), List.of(renamed));
        former.replaced(List.of(renamed), List.of(first));
        assertEquals(Optional.empty(), former.from("en/deposits/index.html"));
        assertEquals(Optional.of("/en/deposits/"), former.from("en/deposit-rules/index.html"));
    }

    @Test
    void theSameFileAtAnotherAddressLeadsThereAndAnUncertainRenameNowhere() {
        FormerDraftAddresses former = new FormerDraftAddresses();
        DraftPage post = draft("deposits", DEPOSITS);
        DraftPage notFound = new DraftPage(post.notice(), "/en/404.html", "en/404.html", "<p>x</p>", List.of(), DEPOSITS);
        former.replaced(List.of(post), List.of(notFound));
        assertEquals(Optional.of("/en/404.html"), former.from("en/deposits/index.html"), "its type changed: the same draft");

        FormerDraftAddresses unsure = new FormerDraftAddresses();
        DraftPage one = draft("deposit-rules", new DraftKey("en", "deposits", "Deposit rules"));
        DraftPage two = draft("deposits-again", new DraftKey("en", "again", "Deposits, drafted"));
        unsure.replaced(List.of(post), List.of(one, two));
        assertEquals(Optional.empty(), unsure.from("en/deposits/index.html"), "two drafts could be it");
        FormerDraftAddresses changed = new FormerDraftAddresses();
        changed.replaced(List.of(post), List.of(draft("advance", new DraftKey("en", "advance", "Advance payments"))));
        assertEquals(Optional.empty(), changed.from("en/deposits/index.html"), "neither key nor title kept");
    }

    private static DraftPage draft(String name, DraftKey key) {
        return new DraftPage("content/en/" + name + ".md: draft, not published", "/en/" + name + "/", "en/" + name + "/index.html", "<p>x</p>", List.of(), key);
    }
}
