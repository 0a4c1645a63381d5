package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftFileFailure;
import guide.build.DraftFiles;
import guide.build.DraftPage;
import guide.site.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The drafts the preview shows at their own addresses, as {@code hugo server -D} does, from memory: the last good build's
 * ({@link guide.build.PreviewDrafts#pages()}), each with its bar that says it is a draft and {@code noindex}. They are
 * never written to the output folder, which {@code ./guide build} and {@code ./guide publish} read, and no list, feed,
 * sitemap, search index or other page of the site names them. A draft whose page the build cannot make is shown as what
 * stops it ({@link DraftProblemsPage}). The build's warning that names a draft gets its address ({@link #withAddresses}), so
 * the console and the browser's panel say where to see it; after a failed build, which changes no draft, that it is the
 * last good build's ({@link #afterFailure}). A draft the last good build did not have, added while builds fail, has a page
 * that says it waits for a good build and why ({@link #pending}, {@link PendingDraftPage}), not "Page not found", whether the
 * build failed before it read the content or after; so does a draft renamed or moved meanwhile, at its new address, while its
 * old one no longer shows the last good build's page: it sends the reader on (307) when the draft there is surely the one
 * renamed ({@link RenamedDrafts}), and is "Page not found" when the preview cannot tell. After a good build that shows a draft
 * elsewhere, renamed or moved, its old address sends the reader on too, for the rest of the session ({@link #formerlyAt}); so does
 * an address a draft waited at while builds failed, once a later build finds it elsewhere ({@link FormerPendingAddresses}); a
 * draft a failed build does not read leaves its addresses "Page not found" until a later one reads it again. The files only drafts use (a photo,
 * its copies), which the output does not have either, are served from the same build's {@link DraftFiles} ({@link #file}).
 */
final class DraftPages {
    private final String base;
    /** The drafts by output path ({@code en/late-fees/index.html}); replaced whole by each good build. */
    private volatile Map<String, DraftPage> byPath = Map.of();
    /** Each draft by its warning ("content/en/late-fees.md: draft, not published"). */
    private volatile Map<String, DraftPage> byNotice = Map.of();
    /** The files only those drafts use. */
    private volatile DraftFiles files;
    /** The drafts a failed build read that no good build has shown yet, by output path and by warning; emptied by each good build. */
    private volatile Map<String, PendingDraft> pendingByPath = Map.of();
    private volatile Map<String, PendingDraft> pendingByNotice = Map.of();
    /** After a failed build, the shown drafts it found elsewhere, by output path: their new address; "" for one it did not find. */
    private volatile Map<String, String> away = Map.of();
    /** The warnings that name the drafts the failed build found, which one that failed before it read the content has not. */
    private volatile List<String> found = List.of();
    /** The addresses of drafts a later good build shows elsewhere, for this preview's session. */
    private final FormerDraftAddresses former = new FormerDraftAddresses();
    /** The addresses of drafts failed builds read there and a later failed build elsewhere, until a good build takes them over. */
    private final FormerPendingAddresses waited = new FormerPendingAddresses();

    /**
     * A draft the latest build read, which failed before it made the draft's page, and no good build has shown.
     *
     * @param problems what stopped that build, each at its file and line
     */
    record PendingDraft(DraftAddress address, List<Problem> problems) {
    }

    /** @param base the preview's address without a final slash, e.g. {@code http://localhost:8820} */
    DraftPages(String base) {
        this.base = base;
    }

    /** Shows {@code pages}, with no file of their own, from now on, in place of the drafts of an earlier build. */
    void show(List<DraftPage> pages) {
        show(pages, null);
    }

    /**
     * Shows {@code pages} and the files only they use ({@code files}; null for none) from now on, in place of an earlier build's;
     * the address of a draft shown before that they show elsewhere sends the reader there ({@link #formerlyAt}).
     */
    void show(List<DraftPage> pages, DraftFiles files) {
        former.replaced(byPath.values(), pages, waited.handOver(pages));
        Map<String, DraftPage> paths = new HashMap<>();
        Map<String, DraftPage> notices = new HashMap<>();
        for (DraftPage page : pages) {
            paths.put(page.outputPath(), page);
            notices.put(page.notice(), page);
        }
        byPath = Map.copyOf(paths);
        byNotice = Map.copyOf(notices);
        this.files = files;
        pendingByPath = Map.of();
        pendingByNotice = Map.of();
        away = Map.of();
        found = List.of();
    }

    /**
     * After a failed build: each draft of the project ({@code read}) that is not shown, the same file at the same address, waits
     * at its address for a good build, which {@link #show shows} it; until then its page names {@code problems}, what stopped
     * the build. A shown draft whose file is now at another address (its type changed) sends its old address there; one whose
     * file is no draft now (renamed, deleted, published) is no longer shown, and when a draft at a new file is surely it
     * renamed ({@link RenamedDrafts}: the same language, and the same {@code translationKey} or title), its old address sends
     * there too. Replaces what an earlier failed build left.
     */
    void pending(List<DraftAddress> read, List<Problem> problems) {
        Map<String, DraftPage> shownNotices = byNotice;
        Map<String, PendingDraft> paths = new HashMap<>();
        Map<String, PendingDraft> notices = new HashMap<>();
        for (DraftAddress address : read) {
            DraftPage shown = shownNotices.get(address.notice());
            // An address the settings would decide, which could not be read, does not move a draft shown.
            if (shown == null || (!shown.outputPath().equals(address.outputPath()) && address.unsure() == null)) {
                PendingDraft draft = new PendingDraft(address, problems);
                paths.put(address.outputPath(), draft);
                notices.put(address.notice(), draft);
            }
        }
        List<DraftPage> gone = shownNotices.values().stream()
                .filter(shown -> read.stream().noneMatch(address -> address.notice().equals(shown.notice()))).toList();
        Map<String, DraftAddress> renamed = RenamedDrafts.pair(gone, read.stream().filter(address -> !shownNotices.containsKey(address.notice())).toList());
        Map<String, String> moved = new HashMap<>();
        for (DraftPage shown : shownNotices.values()) {
            PendingDraft now = notices.get(shown.notice());
            if (now != null) {
                moved.put(shown.outputPath(), now.address().url());
            } else if (gone.contains(shown)) {
                moved.put(shown.outputPath(), renamed.containsKey(shown.outputPath()) ? renamed.get(shown.outputPath()).url() : "");
            }
        }
        waited.failed(read, byPath.keySet());
        pendingByPath = Map.copyOf(paths);
        pendingByNotice = Map.copyOf(notices);
        away = Map.copyOf(moved);
        found = read.stream().map(DraftAddress::notice).toList();
    }

    /**
     * The bytes of the file only drafts use at the address {@code path} ({@code /images/plan-800w.jpg}), if there is one.
     *
     * @throws DraftFileFailure when there is one but it cannot be read or made now
     */
    Optional<byte[]> file(String path) throws DraftFileFailure {
        DraftFiles shown = files;
        return shown == null ? Optional.empty() : shown.at(path.substring(1));
    }

    /** The draft at the address {@code path} ({@code /en/late-fees/}, or a file's {@code /en/404.html}), if one is shown there. */
    Optional<DraftPage> at(String path) {
        String file = fileAt(path);
        return away.containsKey(file) ? Optional.empty() : Optional.ofNullable(byPath.get(file));
    }

    /** The address a shown draft at {@code path} has moved to while builds fail ({@link #pending}), if it has. */
    Optional<String> movedFrom(String path) {
        return Optional.ofNullable(away.get(fileAt(path))).filter(url -> !url.isEmpty());
    }

    /**
     * The address the draft once shown at {@code path} has now, if a later good build shows it there: renamed (surely the same
     * draft, {@link RenamedDrafts}) or moved ({@link FormerDraftAddresses}).
     */
    Optional<String> formerlyAt(String path) {
        return former.from(fileAt(path));
    }

    /**
     * The address a reader at {@code path} is sent on to (307), in one step: a shown draft's, renamed or moved since
     * ({@link #movedFrom}, {@link #formerlyAt}). A former address whose draft a failed build then found elsewhere goes straight
     * there, and one whose draft it did not find (deleted, or renamed past recognition) nowhere: a redirect to "Page not found"
     * helps nobody. An address a draft waited at for a good build, which a later failed build found elsewhere, goes there
     * ({@link FormerPendingAddresses}), as it would had the builds passed.
     */
    Optional<String> sentOn(String path) {
        Optional<String> moved = movedFrom(path);
        if (moved.isPresent() || at(path).isPresent()) {
            return moved;
        }
        Optional<String> waitedThere = waited.from(fileAt(path));
        if (waitedThere.isPresent()) {
            return waitedThere;
        }
        Map<String, String> since = away;
        return formerlyAt(path).flatMap(url -> since.containsKey(fileAt(url)) ? Optional.of(since.get(fileAt(url))).filter(u -> !u.isEmpty())
                : Optional.of(url));
    }

    /** The draft waiting for a good build ({@link #pending}) at the address {@code path}, if one does. */
    Optional<PendingDraft> pendingAt(String path) {
        return Optional.ofNullable(pendingByPath.get(fileAt(path)));
    }

    private static String fileAt(String path) {
        String file = path.substring(1);
        return file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
    }

    /** Whether {@code path} is the address, without its final slash ({@code /en/late-fees}), of a draft shown or waiting. */
    boolean isFolder(String path) {
        String page = path.substring(1) + "/index.html";
        return !path.endsWith("/") && (at("/" + page).isPresent() || pendingByPath.containsKey(page) || movedFrom("/" + page).isPresent()
                || formerlyAt("/" + page).isPresent() || waited.from(page).isPresent());
    }

    /**
     * The build's {@code warnings}, each shown draft's "draft, not published" followed by where to see it:
     * {@code content/en/late-fees.md: draft, not published; preview it at http://localhost:8820/en/late-fees/}, or, for a draft
     * whose page cannot be made, {@code ...; its page cannot be made yet: see why at http://...}.
     */
    List<String> withAddresses(List<String> warnings) {
        return told(warnings, false);
    }

    /**
     * The {@code warnings} of a failed build, which leaves the drafts shown as the last good build made them: each shown
     * draft's line says so, {@code ...; preview it as the last good build made it at http://...}; a draft waiting for a good
     * build ({@link #pending}), {@code ...; its page waits for a good build: see why at http://...}.
     */
    List<String> afterFailure(List<String> warnings) {
        List<String> missing = found.stream().filter(notice -> !warnings.contains(notice)).toList();
        return told(missing.isEmpty() ? warnings : Stream.concat(warnings.stream(), missing.stream()).toList(), true);
    }

    private List<String> told(List<String> warnings, boolean lastGood) {
        Map<String, DraftPage> shown = byNotice;
        Map<String, PendingDraft> waiting = pendingByNotice;
        return warnings.stream().map(w -> waiting.containsKey(w) ? w + "; " + waits(waiting.get(w).address())
                : shown.containsKey(w) ? w + "; " + where(shown.get(w), lastGood) : w).toList();
    }

    private String waits(DraftAddress address) {
        return "its page waits for a good build: see why at " + base + address.url() + (address.unsure() == null ? "" : " (" + address.unsure() + ")");
    }

    private String where(DraftPage draft, boolean lastGood) {
        String address = base + draft.url();
        if (draft.made()) {
            return (lastGood ? "preview it as the last good build made it at " : "preview it at ") + address;
        }
        return (lastGood ? "the last good build could not make its page: see why at " : "its page cannot be made yet: see why at ") + address;
    }
}
