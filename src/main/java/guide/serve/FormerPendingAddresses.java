package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftKey;
import guide.build.DraftPage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the drafts that waited for a good build went when a later failed build read them elsewhere: renamed (surely the same
 * draft, {@link RenamedDrafts}) or moved (the same file at another address). A draft renamed twice while builds fail, first
 * from the address a good build showed it at and then again, leaves a middle address that no good build showed; the browser
 * tab an editor opened there, on the page that said the draft waits for a good build, reloads after the next build and is
 * sent on (307) to the draft's newest address, as it would be had the builds passed ({@link FormerDraftAddresses}), not shown
 * "Page not found". Kept by the preview for its session only, and followed through later renames, the good build's too: a
 * good build takes over what it knows ({@link #handOver}), with the addresses the drafts waited at in the last failed build
 * when it shows them elsewhere (renamed or moved between the two builds), and it starts again empty. As for the address of a draft a good build showed
 * ({@link DraftPages#pending}), an address is sent on while the draft is the same file or has the title or
 * {@code translationKey} it had there, and no longer once it has neither, or a draft waits there again. While the latest
 * failed build does not read its draft (deleted, published, its header half edited) it is "Page not found", and once a later
 * one reads the draft again (the same file, or surely it renamed) it sends the reader on again: so too, at each failed build,
 * for the address a good build showed, which is judged against that build. A good build that does not show the draft ends
 * it. The addresses a good build showed drafts at are {@link DraftPages}' own. Kept apart from {@link FormerDraftAddresses},
 * which holds those once a later good build shows the drafts elsewhere: while builds fail, an address a good build showed is
 * judged at each failed build against that good build, so one that a failed build sent on is "Page not found" again once a
 * later one reads two drafts that could be it; an address no good build showed has only the failed builds before to be
 * judged against (the drafts they read, each as the latest that read it had it), so it is followed from build to build, as here.
 */
final class FormerPendingAddresses {
    /** Each former address by output path ({@code en/deposit-rules/index.html}): the draft as it waited there, and where it is now. */
    private volatile Map<String, Sent> sent = Map.of();
    /**
     * The drafts the failed builds since the last good build read, each as the latest of them that read it had it: the latest
     * build's, and before them those it did not read (unread for now: deleted, or their header half edited); none after a good build.
     */
    private volatile List<DraftAddress> known = List.of();

    /**
     * A draft as it waited at a former address ({@code then}), and where a failed build read it last ({@code now}); {@code unread}
     * when the latest did not read it, which leaves the address "Page not found" until a later one reads the draft again.
     */
    private record Sent(DraftAddress then, DraftAddress now, boolean unread) {
    }

    /**
     * A failed build read the drafts {@code read}, while a good build shows drafts at the output paths {@code shown}: the
     * addresses of the drafts the failed build before it read, which this one reads elsewhere, send there.
     */
    void failed(List<DraftAddress> read, Set<String> shown) {
        Map<String, DraftAddress> readByNotice = byNotice(read);
        Map<String, DraftAddress> went = went(known, read, readByNotice);
        Map<String, Sent> next = followed(readByNotice, went);
        Set<String> taken = read.stream().map(DraftAddress::outputPath).collect(Collectors.toSet());
        // A draft that waits at an address again, or one a good build shows, is at home there: that address is not sent on.
        next.keySet().removeIf(from -> taken.contains(from) || shown.contains(from));
        sent = Map.copyOf(next);
        known = stillKnown(read, readByNotice, went);
    }

    /**
     * {@code read}, and the drafts known before it that it has neither at their files ({@code readByNotice}) nor elsewhere
     * ({@code went}): unread for now, each as it was last read, so that an address a draft left sends a reader on again once a
     * later build reads the draft again.
     */
    private List<DraftAddress> stillKnown(List<DraftAddress> read, Map<String, DraftAddress> readByNotice, Map<String, DraftAddress> went) {
        List<DraftAddress> still = new ArrayList<>(read);
        known.stream().filter(draft -> !readByNotice.containsKey(draft.notice()) && !went.containsKey(draft.outputPath())).forEach(still::add);
        return List.copyOf(still);
    }

    /**
     * Each former address whose draft is among those read ({@code readByNotice}: a failed build's drafts, or a good build's
     * pages), still the draft that waited there ({@link #same}), with where they have it, and, unread, each whose draft they
     * lack; and each address of the drafts the failed builds read ({@link #known}) that they have elsewhere, renamed or moved
     * since ({@code went}, of {@link #went}), with where.
     */
    private Map<String, Sent> followed(Map<String, DraftAddress> readByNotice, Map<String, DraftAddress> went) {
        Map<String, Sent> next = new HashMap<>();
        sent.forEach((from, was) -> {
            DraftAddress now = went.containsKey(was.now().outputPath()) ? went.get(was.now().outputPath()) : readByNotice.get(was.now().notice());
            if (now == null) {
                next.put(from, new Sent(was.then(), was.now(), true));
            } else if (same(was.then(), now.notice(), now.key())) {
                next.put(from, new Sent(was.then(), now, false));
            }
        });
        Map<String, DraftAddress> before = known.stream().collect(Collectors.toMap(DraftAddress::outputPath, address -> address, (a, b) -> a));
        went.forEach((from, now) -> next.put(from, new Sent(before.get(from), now, false)));
        return next;
    }

    /** The drafts of {@code before} that {@code read} has at another address, by their output path before: renamed or moved. */
    private static Map<String, DraftAddress> went(List<DraftAddress> before, List<DraftAddress> read, Map<String, DraftAddress> readByNotice) {
        Set<String> readBefore = before.stream().map(DraftAddress::notice).collect(Collectors.toSet());
        List<DraftAddress> gone = before.stream().filter(address -> !readByNotice.containsKey(address.notice())).toList();
        List<DraftAddress> added = read.stream().filter(address -> !readBefore.contains(address.notice())).toList();
        Map<String, DraftAddress> went = new HashMap<>(RenamedDrafts.pair(gone, DraftAddress::outputPath, DraftAddress::key, added, DraftAddress::key));
        for (DraftAddress old : before) {
            DraftAddress same = readByNotice.get(old.notice());
            if (same != null && !same.outputPath().equals(old.outputPath())) {
                went.put(old.outputPath(), same);
            }
        }
        return went;
    }

    /** The address the draft that waited at the output path {@code file} ({@code en/deposit-rules/index.html}) is read at now, if any. */
    Optional<String> from(String file) {
        return Optional.ofNullable(sent.get(file)).filter(was -> !was.unread()).map(was -> was.now().url());
    }

    /**
     * For a good build that shows {@code now}, which takes them over ({@link FormerDraftAddresses#replaced}): each former
     * address by output path, with the page the build shows its draft on, while it is still that draft; and each address a
     * draft waited at in the latest failed build, when the good build shows it elsewhere (renamed or moved in between, as a
     * later failed build would have read it: {@link #failed}). Starts again empty.
     */
    Map<String, DraftPage> handOver(Collection<DraftPage> now) {
        Map<String, DraftPage> byNotice = now.stream().collect(Collectors.toMap(DraftPage::notice, Function.identity(), (a, b) -> a));
        List<DraftAddress> shown = now.stream().map(page -> new DraftAddress(page.notice(), page.url(), page.outputPath(), null, page.key())).toList();
        Map<String, DraftPage> pages = new HashMap<>();
        Map<String, DraftAddress> shownByNotice = byNotice(shown);
        followed(shownByNotice, went(known, shown, shownByNotice)).forEach((from, was) -> {
            if (!was.unread()) {
                pages.put(from, byNotice.get(was.now().notice()));
            }
        });
        sent = Map.of();
        known = List.of();
        return pages;
    }

    /** {@code read} by the build's notice that names each draft ({@link DraftAddress#notice}), the first where two share one. */
    private static Map<String, DraftAddress> byNotice(List<DraftAddress> read) {
        return read.stream().collect(Collectors.toMap(DraftAddress::notice, address -> address, (a, b) -> a));
    }

    /** Whether the draft named {@code notice} and {@code key} is still {@code then}: the same file, or its title or translationKey. */
    private static boolean same(DraftAddress then, String notice, DraftKey key) {
        return then.notice().equals(notice) || key != null && key.sameDraftAs(then.key());
    }
}
