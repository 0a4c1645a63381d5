package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftKey;
import guide.build.DraftPage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the drafts a good build showed that a later build no longer found at their files (renamed, moved, deleted,
 * published) with the drafts that build found at files the good build did not show, by what names them apart from their
 * files ({@link DraftKey#sameDraftAs}: the same language, and the same {@code translationKey} or title): a draft renamed,
 * whose old address can then send a reader to its new one, whether the later build failed ({@link DraftPages#pending}) or
 * passed ({@link FormerDraftAddresses}); so too the drafts a failed build read, waiting for a good build, that a later failed
 * build no longer found ({@link FormerPendingAddresses}). Only a pair with no other match on either side counts, so two drafts of one title
 * leave the old address "Page not found" rather than send a reader to the wrong draft.
 */
final class RenamedDrafts {
    private RenamedDrafts() {
    }

    /** For each draft of {@code gone} that one of {@code added} is, and no other: its output path, and where it is now. */
    static Map<String, DraftAddress> pair(Collection<DraftPage> gone, Collection<DraftAddress> added) {
        return pair(gone, added, DraftAddress::key);
    }

    /**
     * As {@link #pair(Collection, Collection)}, for drafts {@code added} of any kind, each named by its {@code key}: the drafts
     * a failed build read from their headers, or the pages a later good build made ({@link FormerDraftAddresses}).
     */
    static <T> Map<String, T> pair(Collection<DraftPage> gone, Collection<T> added, Function<T, DraftKey> key) {
        return pair(gone, DraftPage::outputPath, DraftPage::key, added, key);
    }

    /**
     * As {@link #pair(Collection, Collection)}, for drafts {@code gone} of any kind too, each at its output path {@code path}
     * and named by its {@code goneKey}: the drafts an earlier failed build read that a later one no longer found
     * ({@link FormerPendingAddresses}).
     */
    static <S, T> Map<String, T> pair(Collection<S> gone, Function<S, String> path, Function<S, DraftKey> goneKey, Collection<T> added,
            Function<T, DraftKey> key) {
        Map<String, T> pairs = new HashMap<>();
        for (S old : gone) {
            List<T> now = added.stream().filter(draft -> key(key.apply(draft), goneKey.apply(old))).toList();
            if (now.size() == 1 && gone.stream().filter(other -> key(key.apply(now.get(0)), goneKey.apply(other))).count() == 1) {
                pairs.put(path.apply(old), now.get(0));
            }
        }
        return pairs;
    }

    private static boolean key(DraftKey one, DraftKey other) {
        return one != null && one.sameDraftAs(other);
    }
}
