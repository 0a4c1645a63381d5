package guide.serve;

import guide.build.DraftPage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the drafts a good build showed went when a later good build shows them elsewhere: renamed (surely the same draft,
 * {@link RenamedDrafts}) or moved (the same file at another address, its {@code type=} changed). The browser tab an editor
 * has open on a draft's old address reloads after the build; it is then sent on (307) to the draft's new address, not shown
 * "Page not found". Kept by the preview for its session only (never written to the output, so never in the published site),
 * and followed through later renames: a draft renamed twice sends its first address to its last one. An address a page or
 * a draft of its own takes again is no longer sent on: the page wins. Nor is one whose draft a later good build does not show
 * (deleted, or published): a redirect to "Page not found" helps nobody.
 */
final class FormerDraftAddresses {
    /** Each former address by output path ({@code en/deposits/index.html}): the draft shown in its place now. */
    private volatile Map<String, DraftPage> sent = Map.of();

    /** A good build showed {@code now} in place of {@code before}: the addresses of the drafts it shows elsewhere send there. */
    void replaced(Collection<DraftPage> before, Collection<DraftPage> now) {
        replaced(before, now, Map.of());
    }

    /**
     * As {@link #replaced(Collection, Collection)}, after failed builds that read drafts at addresses no good build showed and
     * then elsewhere ({@code waited}: each such address by output path, with the page of {@code now} its draft is on,
     * {@link FormerPendingAddresses#handOver}): those addresses send there too.
     */
    void replaced(Collection<DraftPage> before, Collection<DraftPage> now, Map<String, DraftPage> waited) {
        Map<String, DraftPage> nowByNotice = now.stream().collect(Collectors.toMap(DraftPage::notice, page -> page, (a, b) -> a));
        Set<String> beforeNotices = before.stream().map(DraftPage::notice).collect(Collectors.toSet());
        List<DraftPage> gone = before.stream().filter(page -> !nowByNotice.containsKey(page.notice())).toList();
        List<DraftPage> added = now.stream().filter(page -> !beforeNotices.contains(page.notice())).toList();
        Map<String, DraftPage> went = new HashMap<>(RenamedDrafts.pair(gone, added, DraftPage::key));
        for (DraftPage old : before) {
            DraftPage same = nowByNotice.get(old.notice());
            if (same != null && !same.outputPath().equals(old.outputPath())) {
                went.put(old.outputPath(), same);
            }
        }
        Map<String, DraftPage> next = new HashMap<>();
        sent.forEach((from, to) -> next.put(from, went.getOrDefault(to.outputPath(), to)));
        next.putAll(went);
        next.putAll(waited);
        Set<String> shown = now.stream().map(DraftPage::outputPath).collect(Collectors.toSet());
        next.keySet().removeIf(shown::contains);
        next.values().removeIf(to -> !nowByNotice.containsKey(to.notice()));
        next.entrySet().removeIf(entry -> entry.getKey().equals(entry.getValue().outputPath()));
        sent = Map.copyOf(next);
    }

    /** The address the draft once shown at the output path {@code file} ({@code en/deposits/index.html}) is shown at now, if any. */
    Optional<String> from(String file) {
        return Optional.ofNullable(sent.get(file)).map(DraftPage::url);
    }
}
