package guide.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cache policy of a whole site in few rules, none overlapping another: a folder whose files
 * all have one policy gets one rule; the files of a folder with both get a rule each (a page
 * {@code x/index.html} for both its addresses, {@code /x/} and {@code /x/index.html}). The root is
 * never one rule, since the site-wide rule carries the security headers and some hosts (Cloudflare
 * Pages) join the values of a header set by two matching rules. For the guide: {@code /css/},
 * {@code /js/} (immutable), {@code /images/} (the content images and their copies), each
 * language's folder, and the few files at the root.
 */
public final class CacheRules {
    private CacheRules() {
    }

    public static List<CacheRule> of(HostSite site) {
        List<CacheRule> rules = new ArrayList<>();
        cover("", site.files(), site, rules);
        return rules;
    }

    private static void cover(String folder, SortedSet<String> files, HostSite site, List<CacheRule> rules) {
        if (!folder.isEmpty()) {
            TreeSet<CachePolicy> policies = new TreeSet<>();
            files.forEach(f -> policies.add(site.policyOf(f)));
            if (policies.size() == 1) {
                rules.add(new CacheRule("/" + folder, true, policies.first()));
                return;
            }
        }
        Map<String, SortedSet<String>> subfolders = new TreeMap<>();
        for (String file : files) {
            String rest = file.substring(folder.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                CachePolicy policy = site.policyOf(file);
                if (rest.equals("index.html")) {
                    rules.add(new CacheRule("/" + folder, false, policy));
                }
                rules.add(new CacheRule("/" + file, false, policy));
            } else {
                subfolders.computeIfAbsent(folder + rest.substring(0, slash + 1), k -> new TreeSet<>()).add(file);
            }
        }
        subfolders.forEach((sub, under) -> cover(sub, under, site, rules));
    }
}
