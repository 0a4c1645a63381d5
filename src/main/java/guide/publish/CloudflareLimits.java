package guide.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts the rules of {@code _redirects} and {@code _headers} as Cloudflare (Pages, and Workers with static assets) counts
 * them, and says when a site passes what it reads from one file: 2,000 static and 100 dynamic redirects, 100 header rules
 * (<a href="https://developers.cloudflare.com/pages/configuration/redirects/#per-file">Pages, redirects</a>,
 * <a href="https://developers.cloudflare.com/workers/static-assets/redirects/">Workers, redirects</a>; the same numbers in
 * workers-sdk's {@code workers-shared/utils/configuration/constants.ts}). It skips the rules past them, so these are
 * warnings, not failures: Netlify and nginx read the same rules without such a limit.
 *
 * <p>Counted as its {@code parseRedirects.ts} counts: every line that is not a comment, the {@code 301!} and {@code 404} lines
 * it then refuses too; a line is dynamic if its source has a {@code *} or a {@code :placeholder}, and so is every line after
 * the first dynamic one. A header rule is a line that starts with {@code /}.
 */
public final class CloudflareLimits {
    public static final int STATIC_REDIRECTS = 2000;
    public static final int DYNAMIC_REDIRECTS = 100;
    public static final int HEADER_RULES = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile(":[A-Za-z]");
    private static final String BULK = "https://developers.cloudflare.com/rules/url-forwarding/bulk-redirects/";

    private CloudflareLimits() {
    }

    /** The redirects as Cloudflare counts them. */
    public record RedirectCount(int statics, int dynamics) {
    }

    public static RedirectCount countRedirects(String redirects) {
        int statics = 0;
        int dynamics = 0;
        for (String line : rules(redirects)) {
            String from = line.split("\\s+")[0];
            if (dynamics == 0 && !from.contains("*") && !PLACEHOLDER.matcher(from).find()) {
                statics++;
            } else {
                dynamics++;
            }
        }
        return new RedirectCount(statics, dynamics);
    }

    public static int countHeaderRules(String headers) {
        return (int) rules(headers).stream().filter(line -> line.startsWith("/")).count();
    }

    /**
     * What a site's host files pass, one message for each limit, with what to do; none within them.
     *
     * @param renamed the renamed pages' old addresses the redirects hold ({@code aliases=})
     */
    public static List<String> passed(String headers, String redirects, int renamed) {
        List<String> passed = new ArrayList<>();
        RedirectCount count = countRedirects(redirects);
        if (count.statics() > STATIC_REDIRECTS) {
            passed.add(RedirectsFile.NAME + ": warning: " + n(count.statics()) + " static redirects (" + n(renamed)
                    + " renamed pages' old addresses, " + (count.statics() / Math.max(renamed, 1)) + " lines each), over the "
                    + n(STATIC_REDIRECTS) + " Cloudflare (Pages, Workers) reads from one _redirects: it skips the lines past the "
                    + n(STATIC_REDIRECTS) + "th, and the old addresses they hold answer with their forwarding page instead of a 301 there; "
                    + "remove from aliases= the old addresses nobody follows any more, or put the rest in Cloudflare's Bulk Redirects ("
                    + BULK + "). Netlify and nginx have no such limit.");
        }
        if (count.dynamics() > DYNAMIC_REDIRECTS) {
            passed.add(RedirectsFile.NAME + ": warning: " + n(count.dynamics()) + " dynamic redirects (a not-found rule for each language), over the "
                    + n(DYNAMIC_REDIRECTS) + " Cloudflare (Pages, Workers) reads from one _redirects: it stops reading the file there, which "
                    + "costs nothing today (it refuses these 404 lines anyway and serves the nearest 404.html itself), but a rule written "
                    + "after them would be lost. Netlify and nginx have no such limit.");
        }
        int rules = countHeaderRules(headers);
        if (rules > HEADER_RULES) {
            passed.add(HeadersFile.NAME + ": warning: " + n(rules) + " header rules (one for each published style sheet and script, "
                    + "and one for each folder or file of another cache policy), over the " + n(HEADER_RULES)
                    + " Cloudflare (Pages, Workers) reads from one _headers: the files of the rules past the " + n(HEADER_RULES)
                    + "th lose their Cache-Control there (revalidated at every use, not kept a year); join style sheets or scripts "
                    + "into fewer files. Netlify and nginx have no such limit.");
        }
        return passed;
    }

    private static List<String> rules(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String n(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
