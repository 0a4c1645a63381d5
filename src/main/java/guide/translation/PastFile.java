package guide.translation;

import java.nio.file.Path;

/**
 * Whether a file the project does not have now was ever one of its files, as its git history tells: an XLIFF file
 * naming a source the project never had was exported from another project (another copy of the guide, or a branch not
 * merged here), not from a page deleted since. Without git history (no repository, no git) nothing can be told.
 */
public enum PastFile {
    /** Committed here before: the file was deleted or moved since. */
    COMMITTED,
    /** The project is a git repository whose history has no such file. */
    NEVER_HERE,
    /** The project's history cannot be read: not a git repository, or no git. */
    UNKNOWN;

    /** @param file the file relative to the project folder, with / ({@code content/pl/strona.md}) */
    public static PastFile of(Path projectDir, String file) {
        if (GitHistory.of(projectDir) != GitHistory.REPOSITORY) {
            return UNKNOWN;
        }
        return new GitFiles(projectDir).versions(file, 1).isEmpty() ? NEVER_HERE : COMMITTED;
    }
}
