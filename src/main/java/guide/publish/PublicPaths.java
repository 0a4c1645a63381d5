package guide.publish;

import java.util.Set;

/**
 * Which files of {@code assets/} a site publishes: not names starting with a dot (an editor's
 * {@code .env}, a vim swap file {@code .site.js.swp}, a macOS {@code ._site.css}, a {@code .git}
 * folder), except {@code .well-known/} at the top, the one dot-folder a site serves on purpose
 * (RFC 8615: security.txt, app links); nor the listings Windows leaves in folders one opens
 * ({@code Thumbs.db}, {@code desktop.ini}); nor the copies editors' programs leave beside a file they save (a backup
 * {@code o-nas.md~} or {@code site.css.bak}, Word's lock file {@code ~$o-nas.md}), which would publish a draft's text.
 * For dot names an allowlist: left out unless it is that one.
 */
public final class PublicPaths {
    /** The dot-folder at the site's root that is published. */
    public static final String WELL_KNOWN = ".well-known";
    private static final Set<String> WINDOWS_LISTINGS = Set.of("Thumbs.db", "desktop.ini");
    /** Endings of backups and temporary copies: Emacs, vim, gedit and many others ({@code ~}), patch and merge tools, saves under way. */
    private static final Set<String> LEFTOVER_ENDINGS = Set.of("~", ".bak", ".orig", ".rej", ".swp", ".swo", ".tmp");

    private PublicPaths() {
    }

    /** Whether a path relative to the asset folder (or the site's root), with '/' between its parts, is published. */
    public static boolean isPublic(String path) {
        String[] parts = path.split("/");
        if (WINDOWS_LISTINGS.contains(parts[parts.length - 1]) || isEditorLeftover(parts[parts.length - 1])) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(".") && !(i == 0 && parts[i].equals(WELL_KNOWN) && parts.length > 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a file name is a backup, lock or temporary copy an editor's program left beside the file it saves. */
    public static boolean isEditorLeftover(String name) {
        if (name.startsWith("~$")) {
            return true;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return LEFTOVER_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
