package guide.publish;

import java.util.List;

/**
 * What a publish will do, in the order it does it: {@link #phases()} upload one after another
 * (assets, then new pages, then changed pages: every file a page links to is there before the
 * page), then the objects the site no longer has are deleted.
 *
 * @param assets       new and changed style sheets, scripts, images (in path order)
 * @param newPages     pages the bucket does not have yet
 * @param changedPages pages whose bytes changed
 * @param deletions    keys under the prefix that the site no longer has
 * @param unchanged    files the bucket already holds as they are
 */
public record PublishPlan(List<Upload> assets, List<Upload> newPages, List<Upload> changedPages, List<String> deletions, int unchanged) {

    public PublishPlan {
        assets = List.copyOf(assets);
        newPages = List.copyOf(newPages);
        changedPages = List.copyOf(changedPages);
        deletions = List.copyOf(deletions);
    }

    /** The uploads in the order they must be done; each phase finishes before the next starts. */
    public List<List<Upload>> phases() {
        return List.of(assets, newPages, changedPages);
    }

    public List<Upload> uploads() {
        return phases().stream().flatMap(List::stream).toList();
    }

    public long uploadBytes() {
        return uploads().stream().mapToLong(u -> u.file().size()).sum();
    }
}
