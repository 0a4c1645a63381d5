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
 * Where the preview sends a reader from a draft's former address ({@link DraftPages#sentOn}): to the address the draft is at now,
 * in one step however many times it was renamed, whether the builds between passed or failed, and nowhere once the draft is gone.
 */
class DraftRedirectsTest {
    private static final DraftKey DEPOSITS = new DraftKey("en", "deposits", "Deposits, drafted");
    private static final DraftKey ADVANCE = new DraftKey("en", "advance", "Advance payments");
    private static final List<Problem> BROKEN = List.of(new Problem(Path.of("content/en/about.md"), 17, "broken link (no such page or file): /en/contracts/"));

    @Test
    void aDraftRenamedAndThenDeletedLeavesItsFormerAddressesNowhere() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.show(List.of(page("deposit-rules")));
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"));
        drafts.show(List.of());
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "no redirect to an address that is \"Page not found\" now");
    }

    @Test
    void aDraftRenamedAndThenDeletedWhileBuildsFailLeavesItsFormerAddressesNowhere() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.show(List.of(page("deposit-rules")));
        drafts.pending(List.of(), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposit-rules/"));
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "no redirect to an address that is \"Page not found\" now");
    }

    @Test
    void aDraftRenamedTwiceWhileBuildsFailSendsItsFirstAddressToItsLastInOneStep() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"));
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposits/"));
    }

    @Test
    void aDraftRenamedAfterAGoodBuildAndAgainWhileBuildsFailSendsItsFirstAddressToItsLastInOneStep() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.show(List.of(page("deposit-rules")));
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposit-rules/"));
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposits/"));
    }

    @Test
    void aDraftRenamedTwiceWhileBuildsFailSendsItsMiddleAddressToItsLastWhileTheyFailAndAfter() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposit-rules/"),
                "the address where the draft waited for a good build leads to where it waits now, as it would had the builds passed");
        assertTrue(drafts.isFolder("/en/deposit-rules"), "without its final slash too");
        drafts.show(List.of(page("deposit-terms")));
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposit-rules/"), "after the good build too");
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposits/"));
        drafts.show(List.of(page("deposit-plans")));
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposit-rules/"), "and on to where a later good build shows it");
    }

    @Test
    void aDraftRenamedBetweenTheLastFailedBuildAndTheGoodOneSendsEveryAddressItWasAtToItsNewest() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        drafts.show(List.of(page("deposit-plans")));
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposit-rules/"), "the middle address, where it waited first");
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposit-terms/"), "the address it waited at last");
        assertEquals(Optional.of("/en/deposit-plans/"), drafts.sentOn("/en/deposits/"), "the address the last good build showed it at");
        assertTrue(drafts.isFolder("/en/deposit-terms"), "without its final slash too");
        drafts.show(List.of(page("deposit-notes")));
        assertEquals(Optional.of("/en/deposit-notes/"), drafts.sentOn("/en/deposit-rules/"), "and on through later good builds");
        assertEquals(Optional.of("/en/deposit-notes/"), drafts.sentOn("/en/deposit-terms/"));

        DraftPages added = new DraftPages("http://localhost:8820");
        added.show(List.of());
        added.pending(List.of(address("deposits")), BROKEN);
        added.show(List.of(page("deposit-rules")));
        assertEquals(Optional.of("/en/deposit-rules/"), added.sentOn("/en/deposits/"), "a draft no good build showed before");
    }

    @Test
    void aDraftDeletedOrMadeUnsureBetweenTheLastFailedBuildAndTheGoodOneLeavesTheAddressesItWaitedAtNowhere() {
        DraftPages deleted = new DraftPages("http://localhost:8820");
        deleted.show(List.of(page("deposits")));
        deleted.pending(List.of(address("deposit-rules")), BROKEN);
        deleted.pending(List.of(address("deposit-terms")), BROKEN);
        deleted.show(List.of());
        for (String path : List.of("/en/deposits/", "/en/deposit-rules/", "/en/deposit-terms/")) {
            assertEquals(Optional.empty(), deleted.sentOn(path), path + ": no redirect to an address that is \"Page not found\" now");
        }
        DraftPages twice = new DraftPages("http://localhost:8820");
        twice.show(List.of());
        twice.pending(List.of(address("deposits")), BROKEN);
        twice.pending(List.of(address("deposit-rules")), BROKEN);
        twice.show(List.of(page("deposit-terms"), page("deposit-plans")));
        assertEquals(Optional.empty(), twice.sentOn("/en/deposit-rules/"), "either could be it: the preview cannot tell");
        assertEquals(Optional.empty(), twice.sentOn("/en/deposits/"));
    }

    @Test
    void aDraftAddedWhileBuildsFailAndRenamedSendsItsFirstAddressOnUntilItIsDeletedOrTakenAgain() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of());
        drafts.pending(List.of(address("deposits")), BROKEN);
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"));
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposits/"), "in one step");
        assertEquals(Optional.of("/en/deposit-terms/"), drafts.sentOn("/en/deposit-rules/"));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposit-rules/"), "the draft waits there again");
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposit-terms/"));
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"));
        drafts.pending(List.of(), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "no redirect to an address that is \"Page not found\" now");
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposit-terms/"));
    }

    @Test
    void anAddressTheDraftWaitedAtLeadsNowhereOnceTheDraftHasNeitherItsTitleNorItsTranslationKey() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        drafts.pending(List.of(new DraftAddress(notice("deposit-terms"), "/en/deposit-terms/", "en/deposit-terms/index.html", null, ADVANCE)), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposit-rules/"), "the preview cannot tell the draft there is the one that waited here");
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "as for the address a good build showed it at");

        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        drafts.pending(List.of(address("deposit-terms")), BROKEN);
        drafts.show(List.of(new DraftPage(notice("deposit-terms"), "/en/deposit-terms/", "en/deposit-terms/index.html", "<p>x</p>", List.of(), ADVANCE)));
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposit-rules/"), "changed between the last failed build and the good one");
    }

    @Test
    void twoDraftsThatCouldBeTheOneRenamedWhileBuildsFailLeaveItsAddressNowhere() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of());
        drafts.pending(List.of(address("deposits")), BROKEN);
        drafts.pending(List.of(address("deposit-rules"), address("deposit-terms")), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "either could be it: the preview cannot tell");
    }

    @Test
    void aDraftThatWaitedAndThenMovedSendsItsAddressOnAndAnotherOfItsTitleThatStaysPutLeavesTheRenameSure() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of());
        String file = "content/en/deposits-für-all.md: draft, not published";
        drafts.pending(List.of(new DraftAddress(file, "/en/deposits-fur-all/", "en/deposits-fur-all/index.html", null, ADVANCE),
                address("deposits"), address("deposit-plans")), BROKEN);
        drafts.pending(List.of(new DraftAddress(file, "/en/deposits-fuer-all/", "en/deposits-fuer-all/index.html", null, ADVANCE),
                address("deposit-rules"), address("deposit-plans")), BROKEN);
        assertEquals(Optional.of("/en/deposits-fuer-all/"), drafts.sentOn("/en/deposits-fur-all/"), "the same file at its new address");
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"), "deposit-plans stayed where it waited: not the one renamed");
    }

    @Test
    void theAddressAGoodBuildShowedADraftAtIsNotSentOnWhenTwoDraftsCouldBeIt() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(page("deposits")));
        drafts.pending(List.of(address("deposits")), BROKEN);
        drafts.pending(List.of(address("deposit-rules")), BROKEN);
        assertEquals(Optional.of("/en/deposit-rules/"), drafts.sentOn("/en/deposits/"));
        drafts.pending(List.of(address("deposit-rules"), address("deposit-terms")), BROKEN);
        assertEquals(Optional.empty(), drafts.sentOn("/en/deposits/"), "either could be the draft the good build showed there");
    }

    private static DraftPage page(String name) {
        return new DraftPage(notice(name), "/en/" + name + "/", "en/" + name + "/index.html", "<p>x</p>", List.of(), DEPOSITS);
    }

    private static DraftAddress address(String name) {
        return new DraftAddress(notice(name), "/en/" + name + "/", "en/" + name + "/index.html", null, DEPOSITS);
    }

    private static String notice(String name) {
        return "content/en/" + name + ".md: draft, not published";
    }
}
