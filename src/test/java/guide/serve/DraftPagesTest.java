package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftPage;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the preview shows each draft, and how its console line names that address. */
class DraftPagesTest {
    private static final String NOTICE = "content/en/late-fees.md: draft, not published";
    private static final DraftPage LATE_FEES = new DraftPage(NOTICE, "/en/late-fees/", "en/late-fees/index.html", "<p>late fees</p>");
    private static final DraftPage NOT_FOUND = new DraftPage("content/en/404.md: draft, not published", "/en/404.html", "en/404.html", "<p>lost</p>");

    @Test
    void aDraftIsFoundAtItsAddressAndItsFolderWithoutTheSlashIsToldApart() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(LATE_FEES, NOT_FOUND));
        assertEquals(Optional.of(LATE_FEES), drafts.at("/en/late-fees/"));
        assertEquals(Optional.of(NOT_FOUND), drafts.at("/en/404.html"));
        assertEquals(Optional.empty(), drafts.at("/en/late-fees"));
        assertEquals(Optional.empty(), drafts.at("/en/"));
        assertTrue(drafts.isFolder("/en/late-fees"));
        assertFalse(drafts.isFolder("/en/late-fees/"));
        assertFalse(drafts.isFolder("/en/404.html"));
    }

    @Test
    void theDraftsWarningSaysWhereToSeeItAndOthersStayAsTheyAre() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        String other = "content/en/about.md:3: warning: unknown header 'tag' is ignored: did you mean 'tags'?";
        String unshown = "content/en/quiz.md: draft, not published";
        drafts.show(List.of(LATE_FEES));
        assertEquals(List.of(NOTICE + "; preview it at http://localhost:8820/en/late-fees/", other, unshown),
                drafts.withAddresses(List.of(NOTICE, other, unshown)));
    }

    @Test
    void aDraftWhosePageCannotBeMadeAndADraftAfterAFailedBuildSaySoOnTheirLine() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        String quiz = "content/en/quiz.md: draft, not published";
        Problem unsafe = new Problem(Path.of("content/en/quiz.md"), 12, "unsafe HTML: <script> element is not allowed in content");
        drafts.show(List.of(LATE_FEES, new DraftPage(quiz, "/en/quiz/", "en/quiz/index.html", null, List.of(unsafe))));
        assertEquals(List.of(NOTICE + "; preview it at http://localhost:8820/en/late-fees/",
                quiz + "; its page cannot be made yet: see why at http://localhost:8820/en/quiz/"), drafts.withAddresses(List.of(NOTICE, quiz)));
        assertEquals(List.of(NOTICE + "; preview it as the last good build made it at http://localhost:8820/en/late-fees/",
                quiz + "; the last good build could not make its page: see why at http://localhost:8820/en/quiz/"), drafts.afterFailure(List.of(NOTICE, quiz)));
    }

    @Test
    void aLaterBuildsDraftsReplaceTheEarlierOnes() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(LATE_FEES));
        drafts.show(List.of(NOT_FOUND));
        assertEquals(Optional.empty(), drafts.at("/en/late-fees/"), "a draft published or deleted since is no longer shown from memory");
        assertEquals(List.of(NOTICE), drafts.withAddresses(List.of(NOTICE)));
    }

    @Test
    void aDraftAFailedBuildReadThatNoneShowsWaitsAtItsAddressUntilAGoodBuild() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(LATE_FEES));
        String deposits = "content/en/deposits.md: draft, not published";
        Problem broken = new Problem(Path.of("content/en/about.md"), 17, "broken link (no such page or file): /en/contracts/");
        drafts.pending(List.of(new DraftAddress(NOTICE, "/en/late-fees/", "en/late-fees/index.html"),
                new DraftAddress(deposits, "/en/deposits/", "en/deposits/index.html")), List.of(broken));

        assertEquals(Optional.of(LATE_FEES), drafts.at("/en/late-fees/"), "a shown draft stays as the last good build made it");
        assertEquals(Optional.empty(), drafts.pendingAt("/en/late-fees/"));
        assertEquals(List.of(broken), drafts.pendingAt("/en/deposits/").orElseThrow().problems());
        assertTrue(drafts.isFolder("/en/deposits"));
        assertEquals(List.of(NOTICE + "; preview it as the last good build made it at http://localhost:8820/en/late-fees/",
                deposits + "; its page waits for a good build: see why at http://localhost:8820/en/deposits/"),
                drafts.afterFailure(List.of(NOTICE, deposits)));

        drafts.show(List.of(LATE_FEES));
        assertEquals(Optional.empty(), drafts.pendingAt("/en/deposits/"), "a good build shows the drafts it made, and no other");
        assertFalse(drafts.isFolder("/en/deposits"));
    }

    @Test
    void aShownDraftAFailedBuildFoundElsewhereSendsItsOldAddressThereAndOneItDidNotFindIsNoLongerShown() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(LATE_FEES, NOT_FOUND));
        Problem broken = new Problem(Path.of("content/en/about.md"), 17, "broken link (no such page or file): /en/contracts/");
        // late-fees.md became a not-found page; 404.md was renamed (the failed build did not find it).
        drafts.pending(List.of(new DraftAddress(NOTICE, "/en/404.html", "en/404.html")), List.of(broken));

        assertEquals(Optional.of("/en/404.html"), drafts.movedFrom("/en/late-fees/"));
        assertEquals(Optional.empty(), drafts.at("/en/late-fees/"), "not the last good build's page at its old address");
        assertTrue(drafts.isFolder("/en/late-fees"), "its old address without the slash still leads there");
        assertEquals(NOTICE, drafts.pendingAt("/en/404.html").orElseThrow().address().notice(), "its new address waits, over the draft shown there");
        assertEquals(List.of(NOTICE + "; its page waits for a good build: see why at http://localhost:8820/en/404.html"), drafts.afterFailure(List.of()),
                "a build that failed before it read the content names its drafts all the same");
        assertEquals(Optional.empty(), drafts.movedFrom("/en/404.html"));

        drafts.show(List.of(LATE_FEES));
        assertEquals(Optional.of(LATE_FEES), drafts.at("/en/late-fees/"), "a good build shows what it made");
        assertEquals(Optional.empty(), drafts.movedFrom("/en/late-fees/"));
    }

    @Test
    void anAddressTheUnreadSettingsWouldDecideDoesNotMoveAShownDraftAndAWaitingOnesLineSaysWhatIsUnsure() {
        DraftPages drafts = new DraftPages("http://localhost:8820");
        drafts.show(List.of(LATE_FEES));
        String unsure = "this address is the one Latin-ASCII gives the file's name";
        String zaliczki = "content/pl/zaliczki-\u0105.md: draft, not published";
        Problem bad = new Problem(Path.of("jbake.properties"), 14, "site.home.latest must be a whole number of at least 1 (found 'ten')");
        drafts.pending(List.of(new DraftAddress(NOTICE, "/en/late-fe-s/", "en/late-fe-s/index.html", unsure),
                new DraftAddress(zaliczki, "/pl/zaliczki-a/", "pl/zaliczki-a/index.html", unsure)), List.of(bad));

        assertEquals(Optional.of(LATE_FEES), drafts.at("/en/late-fees/"));
        assertEquals(Optional.empty(), drafts.movedFrom("/en/late-fees/"));
        assertEquals(List.of(NOTICE + "; preview it as the last good build made it at http://localhost:8820/en/late-fees/",
                zaliczki + "; its page waits for a good build: see why at http://localhost:8820/pl/zaliczki-a/ (" + unsure + ")"),
                drafts.afterFailure(List.of()));
        assertTrue(PendingDraftPage.of(drafts.pendingAt("/pl/zaliczki-a/").orElseThrow()).contains("<p>Until then, " + unsure.replace("'", "&apos;") + ".</p>"));
    }
}
