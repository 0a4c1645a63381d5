package guide.translation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The earlier versions of a project's files, which {@link StampedSource} and {@link FormerPage} look through: in the builder,
 * git's history ({@link GitFiles}); in their unit tests, versions given as they are, so that what those classes make of the
 * versions they find is tested without a git process. Versions and texts are "nothing" on any failure, as git's are.
 */
interface FileHistory {
    /** One version of a file: the commit and the file's path in it, from the repository's root. */
    record Version(String commit, String path) {
    }

    /** The commits that changed {@code file} (relative to the project's folder), newest first, its earlier names followed; empty on any failure. */
    List<Version> versions(String file, int most);

    /**
     * Like {@link #versions}, on every branch (and tag) of the repository, not only the one checked out: a version committed on
     * a branch that was then merged with "squash" or "rebase" is in no commit of the branch it was merged into, only in the
     * merged branch's own (newest first by commit date).
     */
    List<Version> versionsOnAnyBranch(String file, int most);

    /** The first answer {@code test} gives to the text of a version, newest first; empty when none gives one or reading fails. */
    <T> Optional<T> firstMatching(List<Version> versions, Function<String, Optional<T>> test);

    /** What history there is to read: a shallow clone's may have left out the version looked for. */
    GitHistory kind();
}
