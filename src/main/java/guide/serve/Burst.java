package guide.serve;

import guide.site.EditorLeftovers;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One burst of changes the {@link SourceWatcher} saw (an editor's save often makes several), and whether it calls for a
 * rebuild, by the one rule for editors' leftovers ({@link EditorLeftovers}): a hidden file, or any file in a hidden
 * folder, never does, as the build passes over it; a backup does only by appearing or going, since all the build does
 * with one is warn that it is there. So a save that makes and removes a backup or a temporary file in one burst (vim's
 * {@code o-nas.md~}, a {@code .tmp} renamed over the page) rebuilds for the page alone, and Emacs's lasting backup
 * rebuilds once, to show the warning.
 */
final class Burst {
    private final Path projectDir;
    private final List<Path> folders;
    private final Set<Path> paths = new HashSet<>();
    /** Each backup the burst named, and whether it was there before the burst: known from its first event. */
    private final Map<Path, Boolean> backupsBefore = new HashMap<>();
    private boolean relevant;
    private boolean lost;

    /** @param folders the watched folders in the project ({@code content/}, templates, assets) */
    Burst(Path projectDir, List<Path> folders) {
        this.projectDir = projectDir;
        this.folders = folders;
    }

    /** Notes a change to {@code child}, a file or folder in the watched folder {@code dir}. */
    void add(Path dir, Path child, WatchEvent.Kind<?> kind) {
        paths.add(child);
        String name = child.getFileName().toString();
        if (dir.equals(projectDir)) {
            relevant |= name.equals("jbake.properties");
        } else if (hidden(child)) {
            return;
        } else if (EditorLeftovers.isBackup(name)) {
            backupsBefore.putIfAbsent(child, kind != StandardWatchEventKinds.ENTRY_CREATE);
        } else {
            relevant = true;
        }
    }

    /** Events were lost: anything may have changed. */
    void lost() {
        relevant = true;
        lost = true;
    }

    /** Whether events were lost: then the burst does not name all that changed. */
    boolean lostEvents() {
        return lost;
    }

    /** Every file and folder the burst named. */
    Set<Path> paths() {
        return Set.copyOf(paths);
    }

    /**
     * Whether the burst should wait longer for more: a page it named is missing or empty, or a backup it made is there (a save
     * under way). Empty, because most programs save by emptying the file, then writing it: the emptying is an event of its
     * own, and on a busy machine the writing can come more than a quiet spell later, which would otherwise build the empty
     * page (a failed build, "no header found") and then the save again, two builds for one save.
     */
    boolean unfinished() {
        return paths.stream().anyMatch(path -> path.toString().endsWith(".md") && emptyOrMissing(path))
                || backupsBefore.entrySet().stream().anyMatch(e -> !e.getValue() && exists(e.getKey()));
    }

    private static boolean emptyOrMissing(Path page) {
        try {
            return Files.readAttributes(page, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size() == 0;
        } catch (IOException e) {
            return true; // missing, or gone while we looked
        }
    }

    /** Whether the burst calls for a rebuild: it changed a file the build reads, or a backup appeared or went. */
    boolean relevant() {
        return relevant || backupsBefore.entrySet().stream().anyMatch(e -> e.getValue() != exists(e.getKey()));
    }

    private boolean hidden(Path child) {
        for (Path folder : folders) {
            if (child.startsWith(folder)) {
                String relative = folder.relativize(child).toString().replace('\\', '/');
                return EditorLeftovers.inHiddenFolder(relative) || EditorLeftovers.isHidden(child.getFileName().toString());
            }
        }
        return EditorLeftovers.isHidden(child.getFileName().toString());
    }

    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
