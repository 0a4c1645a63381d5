package guide.publish;

import guide.site.EditorLeftovers;

/**
 * Which files of {@code assets/} (and of a built site) are published: all but what {@link EditorLeftovers}
 * leaves out (dot names, Windows' folder listings, editors' backups and lock files), except
 * {@code .well-known/} at the top, the one dot-folder a site serves on purpose (RFC 8615: security.txt,
 * app links). For dot names an allowlist: left out unless it is that one.
 */
public final class PublicPaths {
    /** The dot-folder at the site's root that is published. */
    public static final String WELL_KNOWN = ".well-known";

    private PublicPaths() {
    }

    /** Whether a path relative to the asset folder (or the site's root), with '/' between its parts, is published. */
    public static boolean isPublic(String path) {
        return !EditorLeftovers.isLeftOut(path.startsWith(WELL_KNOWN + "/") ? path.substring(WELL_KNOWN.length() + 1) : path);
    }
}
