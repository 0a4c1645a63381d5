package guide.publish;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code _redirects} for Netlify: each language's not-found page for the unknown addresses under
 * its folder, with status 404 ({@code /pl/*  /pl/404.html  404}); the root {@code 404.html}
 * answers the rest. Netlify applies such a rule only where no file exists. Cloudflare (Pages, and
 * Workers with static assets) reads the same file but takes no 404 rules: its documentation lists
 * status codes other than 200 and 30x as not supported, and its deploy lists these lines as invalid
 * and goes on. It finds the nearest {@code 404.html} up the folder tree by itself (Workers only with
 * {@code not_found_handling = "404-page"}), which gives the same result. Before those, the
 * permanent redirects of renamed pages' earlier addresses ({@link MovedPage}): Cloudflare looks a
 * static rule up by the exact path and applies it before its own trailing-slash redirect
 * (workers-sdk {@code asset-worker/src/handler.ts} {@code handleRedirects}, {@code pages-shared/asset-server/handler.ts}),
 * so each form of an address gets a line. Netlify needs a forced line ({@code 301!}) wherever the forwarding page is a file, or
 * it serves the file instead of the rule (its "shadowing"): one for {@code /en/about/}, which it also matches for
 * {@code /en/about}, and one for {@code /en/about/index.html}, which it matches only by itself. Cloudflare counts every line
 * towards its 2,000 static rules, the invalid {@code 301!} ones too, so a renamed address takes five ({@link CloudflareLimits}).
 */
public final class RedirectsFile {
    public static final String NAME = "_redirects";

    private RedirectsFile() {
    }

    public static String text(HostSite site) {
        StringBuilder s = new StringBuilder();
        // The project's command, not GuideCommand.name(): the site is the same wherever the build was typed.
        s.append("# Redirects for Netlify and Cloudflare (Pages, Workers), written by ./guide build (do not edit here).\n");
        if (!site.moved().isEmpty()) {
            s.append("# Renamed pages (aliases= in their headers): \"301!\" for Netlify, which otherwise serves the forwarding page\n");
            s.append("# at the old address (/en/about/ also stands for /en/about there, but not for /en/about/index.html); Cloudflare refuses\n");
            s.append("# those lines (it lists them as invalid) and takes the plain \"301\" lines after them, one for each form of the address,\n");
            s.append("# since it matches them exactly (else /en/about goes by its own 307 to /en/about/).\n");
            for (MovedPage page : site.moved()) {
                for (String forced : page.netlifyForms()) {
                    s.append(forced).append("  ").append(page.to()).append("  301!\n");
                }
                page.addressForms().forEach(from -> s.append(from).append("  ").append(page.to()).append("  301\n"));
            }
        }
        s.append("# Not-found pages per language for Netlify. Cloudflare lists these lines as invalid and ignores them: it serves the nearest\n"
                + "# 404.html by itself (Workers: with \"not_found_handling\": \"404-page\" in wrangler.jsonc).\n");
        for (Map.Entry<String, String> page : site.notFoundPages().entrySet()) {
            s.append('/').append(page.getKey()).append("/*  /").append(page.getValue()).append("  404\n");
        }
        return s.toString();
    }

    /**
     * The forwarding pages ({@link MovedPage#file()}, {@code en/about/index.html}) of the renamed pages a {@code _redirects}
     * {@link #text} wrote names: each has a permanent redirect of its own for its {@code index.html} form
     * ({@code /en/about/index.html  /en/about-us/  301}). A later build reads them from the site an earlier one left, whose
     * pages it had in memory no longer; a line of another form (a comment, a not-found rule, a hand-written rule) names none.
     */
    public static Set<String> forwardingPages(String text) {
        Set<String> pages = new LinkedHashSet<>();
        for (String line : text.lines().toList()) {
            String[] rule = line.strip().split("\\s+");
            String from = rule[0];
            if (rule.length == 3 && rule[2].startsWith("301") && from.startsWith("/") && from.endsWith("/index.html")) {
                pages.add(from.substring(1));
            }
        }
        return pages;
    }
}
