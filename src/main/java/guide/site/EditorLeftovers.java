package guide.site;

import java.util.Locale;
import java.util.Set;

/**
 * The one rule for which files in the editors' folders ({@code content/}, {@code assets/}) are not theirs:
 * what editors' programs and systems leave beside a file, never a page, never read, never published. Two kinds:
 * <ul>
 *   <li>hidden: a name starting with a dot (macOS's {@code ._o-nas.md} and {@code .DS_Store}, Emacs's lock
 *   link {@code .#o-nas.md}, vim's {@code .o-nas.md.swp}, a {@code .git} or {@code .obsidian} folder), Word's
 *   lock file {@code ~$o-nas.md}, Emacs's auto-save {@code #o-nas.md#}, and the listings Windows leaves in folders one opens ({@code Thumbs.db},
 *   {@code desktop.ini}): passed over without a word, as they come and go by themselves;</li>
 *   <li>a backup: a copy saved beside the file ({@code o-nas.md~}, {@code site.css.bak}, a merge's
 *   {@code .orig}): left out too, and the build names it, since it holds an earlier text an editor may
 *   think is published, or not know is there.</li>
 * </ul>
 * The content walk, the build's copy and checks, and publishing all ask here, so they cannot disagree on a name.
 */
public final class EditorLeftovers {
    private static final Set<String> WINDOWS_LISTINGS = Set.of("thumbs.db", "desktop.ini");
    /** Endings of backups and temporary copies: Emacs, vim, gedit and many others ({@code ~}), patch and merge tools, saves under way (JetBrains IDEs' too). */
    private static final Set<String> BACKUP_ENDINGS = Set.of("~", ".bak", ".orig", ".rej", ".swp", ".swo", ".tmp", "___jb_tmp___", "___jb_old___");

    private EditorLeftovers() {
    }

    /**
     * Whether a file or folder name is hidden: a dot name, Word's lock file, a Windows folder listing, or Emacs's auto-save
     * file {@code #o-nas.md#}, which comes and goes while an editor types.
     */
    public static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("~$") || WINDOWS_LISTINGS.contains(name.toLowerCase(Locale.ROOT))
                || name.length() > 2 && name.startsWith("#") && name.endsWith("#");
    }

    /** Whether a file name is a backup or temporary copy an editor's program left beside the file it saves (and not hidden). */
    public static boolean isBackup(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !isHidden(name) && BACKUP_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** Whether a file name is either: not a page, not read, not published. */
    public static boolean isLeftover(String name) {
        return isHidden(name) || isBackup(name);
    }

    /**
     * Whether a path relative to an editors' folder, with {@code /} between its parts, is left out: its
     * file's name is a leftover, or a folder on its way is hidden.
     */
    public static boolean isLeftOut(String relative) {
        return inHiddenFolder(relative) || isLeftover(relative.substring(relative.lastIndexOf('/') + 1));
    }

    /** Whether a folder on the way to a file (a path relative to an editors' folder, {@code /} between its parts) is hidden. */
    public static boolean inHiddenFolder(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (isHidden(parts[i])) {
                return true;
            }
        }
        return false;
    }
}
