package guide.publish;

import java.util.Map;

/**
 * {@code _headers}, read by Netlify and Cloudflare Pages (which apply it and do not serve it):
 * the security headers for every address, then the cache policy per folder or file
 * ({@link CacheRules}), so that no address gets {@code Cache-Control} from two rules.
 */
public final class HeadersFile {
    public static final String NAME = "_headers";

    private HeadersFile() {
    }

    public static String text(HostSite site) {
        StringBuilder s = new StringBuilder();
        s.append("# Response headers for Netlify and Cloudflare Pages, written by ./guide build (do not edit here).\n");
        s.append("# Every address: the Content Security Policy and the other security headers.\n");
        s.append("/*\n");
        for (Map.Entry<String, String> header : SecurityHeaders.forSite(site.https()).entrySet()) {
            s.append("  ").append(header.getKey()).append(": ").append(header.getValue()).append('\n');
        }
        s.append("\n# Cache-Control: content-hashed style sheets and scripts for a year, everything else revalidated.\n");
        for (CacheRule rule : CacheRules.of(site)) {
            s.append(rule.folder() ? rule.path() + "*" : rule.path()).append('\n');
            s.append("  Cache-Control: ").append(rule.policy().header()).append('\n');
        }
        return s.toString();
    }
}
