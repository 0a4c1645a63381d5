package guide.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the built site with what the bucket holds under the prefix and plans the publish:
 * a file whose object has the same size and ETag (its MD5) is left alone; new and changed files
 * are uploaded in the order of {@link PublishPlan}; objects the site no longer has are deleted.
 */
public final class PublishPlanner {
    private PublishPlanner() {
    }

    /**
     * @param prefix  the target's key prefix (empty or ending with {@code /})
     * @param force   upload every file, also those the bucket already holds (after the rules for
     *                content types or caching changed, which an ETag cannot show)
     */
    public static PublishPlan plan(List<SiteFile> site, Collection<RemoteObject> bucket, String prefix, boolean force) {
        Map<String, RemoteObject> remote = new TreeMap<>();
        bucket.forEach(o -> remote.put(o.key(), o));
        List<Upload> assets = new ArrayList<>();
        List<Upload> newPages = new ArrayList<>();
        List<Upload> changedPages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int unchanged = 0;
        for (SiteFile file : site) {
            String key = prefix + file.path();
            keys.add(key);
            RemoteObject existing = remote.get(key);
            if (existing != null && existing.holds(file) && !force) {
                unchanged++;
                continue;
            }
            Upload upload = new Upload(file, key, existing == null);
            if (file.kind() == FileKind.ASSET) {
                assets.add(upload);
            } else if (upload.isNew()) {
                newPages.add(upload);
            } else {
                changedPages.add(upload);
            }
        }
        List<String> deletions = remote.keySet().stream().filter(k -> !keys.contains(k)).toList();
        return new PublishPlan(assets, newPages, changedPages, deletions, unchanged);
    }
}
