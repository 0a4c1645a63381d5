package guide.publish;

import java.util.List;
import java.util.Map;

/**
 * {@code _headers}, read by Netlify and Cloudflare (Pages, and Workers with static assets), which
 * apply it and do not serve it: the security headers for every address, then the cache policy per
 * folder or file ({@link CacheRules}), so that no address gets {@code Cache-Control} from two rules.
 * A fingerprinted file is named one by one, never by its folder ({@code /css/*}): these hosts add a
 * rule's headers to a "not found" answer too, and a missing {@code /css/site.0123abcd.css} answered
 * "immutable" would be kept a year by the reader's browser, also after the file comes (a rollback,
 * or a gradual deployment that serves the page from a new version and the style sheet from the old).
 */
public final class HeadersFile {
    public static final String NAME = "_headers";

    private HeadersFile() {
    }

    public static String text(HostSite site) {
        StringBuilder s = new StringBuilder();
        // The project's command, not GuideCommand.name(): the site is the same wherever the build was typed.
        s.append("# Response headers for Netlify and Cloudflare (Pages, Workers), written by ./guide build (do not edit here).\n");
        s.append("# Every address: the Content Security Policy and the other security headers.\n");
        s.append("/*\n");
        for (Map.Entry<String, String> header : SecurityHeaders.forSite(site.https()).entrySet()) {
            s.append("  ").append(header.getKey()).append(": ").append(header.getValue()).append('\n');
        }
        s.append("\n# Cache-Control: content-hashed style sheets and scripts for a year, everything else revalidated.\n");
        for (CacheRule rule : CacheRules.of(site)) {
            for (String path : paths(rule, site)) {
                s.append(path).append('\n');
                s.append("  Cache-Control: ").append(rule.policy().header()).append('\n');
            }
        }
        return s.toString();
    }

    /** The rule's address pattern, or for a folder of fingerprinted files the address of each. */
    private static List<String> paths(CacheRule rule, HostSite site) {
        if (!rule.folder()) {
            return List.of(rule.path());
        }
        if (rule.policy() != CachePolicy.IMMUTABLE) {
            return List.of(rule.path() + "*");
        }
        String folder = rule.path().substring(1);
        return site.files().stream().filter(f -> f.startsWith(folder)).map(f -> "/" + f).toList();
    }
}
