package guide.translation.xliff;

import java.nio.file.Path;

/**
 * A translation file an import will write, once every file given to it has passed its checks.
 *
 * @param target   absolute path of the file
 * @param shown    the path as messages show it, relative to the project
 * @param created  true for a new translation
 * @param unchanged true when the file already holds exactly this text (nothing to write)
 * @param outdated  true when --force imported a file made from an older revision of the source
 */
public record PlannedWrite(Path xliff, Path target, String shown, String text, boolean created, boolean unchanged, boolean outdated) {
}
