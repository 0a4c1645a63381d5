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

/**
 * Where the preview sends a reader from a draft's former address ({@link DraftPages#sentOn}): to the address the draft is at now,
 * in one step however many times it was renamed, and nowhere once the draft is gone.
 */
class DraftRedirectsTest {
    private static final DraftKey DEPOSITS = new DraftKey("en", "deposits", "Deposits, drafted");
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
