package guide.serve;

import guide.build.DraftAddress;
import guide.build.DraftKey;
import guide.build.DraftPage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the drafts a good build showed that a failed build no longer found at their files (renamed, moved, deleted,
 * published) with the drafts that build found at files no good build has shown, by what names them apart from their files
 * ({@link DraftKey#sameDraftAs}: the same language, and the same {@code translationKey} or title): a draft renamed while
 * builds fail, whose old address can then send a reader to its new one ({@link DraftPages#pending}). Only a pair with no
 * other match on either side counts, so two drafts of one title leave the old address "Page not found" rather than send a
 * reader to the wrong draft.
 */
final class RenamedDrafts {
    private RenamedDrafts() {
    }

    /** For each draft of {@code gone} that one of {@code added} is, and no other: its output path, and where it is now. */
    static Map<String, DraftAddress> pair(Collection<DraftPage> gone, Collection<DraftAddress> added) {
        Map<String, DraftAddress> pairs = new HashMap<>();
        for (DraftPage old : gone) {
            List<DraftAddress> now = added.stream().filter(draft -> key(draft.key(), old.key())).toList();
            if (now.size() == 1 && gone.stream().filter(other -> key(now.get(0).key(), other.key())).count() == 1) {
                pairs.put(old.outputPath(), now.get(0));
            }
        }
        return pairs;
    }

    private static boolean key(DraftKey one, DraftKey other) {
        return one != null && one.sameDraftAs(other);
    }
}
