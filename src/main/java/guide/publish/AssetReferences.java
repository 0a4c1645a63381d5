package guide.publish;

import guide.site.TextLines;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the other assets a script or style sheet loads by name, so that their content-hashed
 * names can be written into it: static {@code import ... from '...'}, {@code export ... from
 * '...'}, side-effect {@code import '...'} and {@code import('...')} with a literal address in
 * JavaScript modules; in CSS, {@code @import} (in any case, comments allowed before the address, as CSS allows) and every
 * {@code url(…)} that names a style sheet or script: the browser asks for whatever name the text has, so each name the build
 * changes must be changed wherever a style sheet writes it, as templates get it from {@code asset.url}; a {@code url()} of a
 * font or image keeps its name, which is the published one. Comments are left as written. Only addresses within the site are
 * followed ({@code /...}, {@code ./...}, {@code ../...}, and in CSS also a plain relative name); an address built at run time
 * cannot be, so scripts must name their modules literally.
 */
final class AssetReferences {
    private static final Pattern JS = Pattern.compile(
            "\\b(?:import|export)\\s[^'\";]*?\\bfrom\\s*(['\"])([^'\"\\n]+)\\1"
                    + "|\\bimport\\s*(['\"])([^'\"\\n]+)\\3"
                    + "|\\bimport\\s*\\(\\s*(['\"])([^'\"\\n]+)\\5\\s*\\)");
    private static final Pattern CSS = Pattern.compile("@import\\s+(?:url\\(\\s*)?(['\"]?)([^'\")\\s;]+)\\1"
            + "|\\burl\\(\\s*(['\"]?)([^'\")\\s]+)\\3\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(?:\\*/|$)", Pattern.DOTALL);

    private AssetReferences() {
    }

    /** The references in the text of {@code path} (a site path such as {@code /js/quiz.js}), in text order. */
    static List<AssetReference> in(String path, String text) {
        List<AssetReference> found = new ArrayList<>();
        boolean css = path.endsWith(".css");
        // In a style sheet, comments become spaces (offsets and lines stay): "@import /* reset */ url(reset.css)" is an import.
        Matcher m = css ? CSS.matcher(CSS_COMMENT.matcher(text).replaceAll(c -> TextLines.blanked(c.group()))) : JS.matcher(text);
        while (m.find()) {
            for (int group = 2; group <= m.groupCount(); group += 2) {
                if (m.group(group) != null) {
                    String specifier = m.group(group);
                    String target = resolve(path, specifier, css);
                    if (css && group == 4 && (target == null || !AssetNames.getsFingerprint(target))) {
                        continue; // a url() of a font or an image: published under its own name
                    }
                    found.add(new AssetReference(m.start(group), m.end(group), specifier, target, TextLines.lineAt(text, m.start(group)),
                            css && group == 4 ? "loads" : "imports"));
                }
            }
        }
        found.sort(Comparator.comparingInt(AssetReference::start));
        return found;
    }

    /**
     * The site path an address in {@code from} points to, or null if it leaves the site. In CSS a
     * plain name ({@code base.css}) is relative to the style sheet; in a module it names a package.
     */
    private static String resolve(String from, String specifier, boolean css) {
        boolean relative = specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../");
        if (specifier.startsWith("//") || specifier.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || (!relative && !css)) {
            return null;
        }
        String path = URI.create(from).resolve(specifier.replaceFirst("[?#].*$", "")).normalize().getPath();
        return path.startsWith("/") && !path.startsWith("/..") ? path : null;
    }

}
