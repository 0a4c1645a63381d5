package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftKey;
import guide.build.DraftPage;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft that one failed build does not read (deleted and then restored, or its {@code status=} line half typed when the
 * editor saved) and a later failed build reads again. While it is unread its addresses are "Page not found"; once it is
 * back, its addresses answer as before the gap, whether a good build showed it there or it only waited there for one: the
 * one page the preview had is shown again, as the last good build made it, and an address it left sends the reader on again.
 */
class DraftsReadAgainTest {
    private static final DraftKey DEPOSITS = new DraftKey("en", "deposits", "Deposits, drafted");
    private static final List<Problem> BROKEN = List.of(new Problem(Path.of("content/en/about.md"), 17, "broken link (no such page or file): /en/contracts/"));

    /**
     * The address a good build showed the draft at is judged against that build at each failed build, so it comes back with the
     * draft: a guard of how it was before the addresses it only waited at were made to answer the same (it passes without that).
     */
    @Test
    void theAddressAGoodBuildShowedComesBackWithTheDraft() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(), BROKEN);
        assertEquals(Optional.empty(), drafts.at("/en/deposits/"), "deleted: \"Page not found\"");
        drafts.pending(List.of(address("deposits")), BROKEN);
        assertEquals("<p>deposits</p>", drafts.at("/en/deposits/").orElseThrow().html(), "restored: the page the last good build made");
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"), "renamed, gone for a build and back: sent on again");
    }

    @Test
    void anAddressTheDraftOnlyWaitedAtSendsTheReaderOnAgainOnceTheDraftIsBack() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of());
        drafts.pending(List.of(address("deposits")), BROKEN);
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "no redirect to an address that is \"Page not found\" now");
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"), "the same file, back where it waited");
        assertTrue(drafts.isFolder("/en/deposits"), "without its final slash too");
        drafts.pending(List.of(), BROKEN);
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposits/"), "back under another name: surely it, renamed");
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposit-rules/"), "where it waited before the gap, too");
        drafts.pending(List.of(), BROKEN);
        drafts.show(List.of(page("deposit-plans")));
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposits/"), "a good build that shows it takes them over");
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposit-terms/"));
    }

    @Test
    void aDraftStillUnreadAtTheGoodBuildLeavesTheAddressesItWaitedAtNowhere() {
        // A guard (it passes without the change too): a good build is where the preview starts again, as for an address a good
        // build showed, which a later good build that does not show its draft forgets (FormerDraftAddresses).
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of());
        drafts.pending(List.of(address("deposits")), BROKEN);
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(), BROKEN);
        drafts.show(List.of());
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "the good build did not show it: a new draft to the preview, as after a good build");
    }

    private static DraftPage page(String name) {
        return new DraftPage(notice(name), "/en/" + name + "/", "en/" + name + "/index.html", "<p>" + name + "</p>", List.of(), DEPOSITS);
    }

    private static DraftAddress address(String name) {
        return new DraftAddress(notice(name), "/en/" + name + "/", "en/" + name + "/index.html", null, DEPOSITS);
    }

    private static String notice(String name) {
        return "content/en/" + name + ".md: draft, not published";
    }
}
