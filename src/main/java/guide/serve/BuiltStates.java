package guide.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each file a rebuild was asked for looked like just before it (there or not, size, time, identity), so that a burst
 * finding every file it names as that rebuild saw it asks for none: its events are the late ones of a save already built.
 * On a busy machine the system can hand the watcher a save's last events only after the quiet spell that ended the burst
 * (or while the rebuild runs), which otherwise built the same save twice. Size and time, as the scan's memo
 * ({@code guide.content.ScanMemo}) already trusts them to say a file is unchanged.
 */
final class BuiltStates {
    /** Enough for every file of a large site; past it the states are forgotten, which only costs a rebuild. */
    private static final int MAX_FILES = 10_000;

    private record State(boolean there, long size, FileTime modified, Object key) {
    }

    private final Map<Path, State> states = new HashMap<>();

    /** Notes how the files are now, before the rebuild they ask for; true when one of them is not as the last rebuild saw it. */
    boolean changedSinceLastBuild(Set<Path> files) {
        if (states.size() + files.size() > MAX_FILES) {
            states.clear();
        }
        boolean changed = false;
        for (Path file : files) {
            State now = stateOf(file);
            changed |= !now.equals(states.put(file, now));
        }
        return changed;
    }

    private static State stateOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new State(true, attributes.size(), attributes.lastModifiedTime(), Objects.requireNonNullElse(attributes.fileKey(), ""));
        } catch (IOException e) {
            return new State(false, 0, FileTime.fromMillis(0), ""); // not there (or not readable): as the build would find it
        }
    }
}
