package guide.publish;

import org.jsoup.nodes.Entities;

import java.util.Arrays;
import java.util.List;

/**
 * An earlier address of a page ({@code aliases=/en/about/} in the header of
 * {@code content/en/about-us.md}), kept working after a rename: every host configuration the build
 * writes sends it to the page's address with a permanent redirect, and for hosts that read no rules
 * (object storage, GitHub Pages) the old address holds a small page that forwards the browser there
 * at once, names the new address as its canonical one, and carries the page's link preview ({@link LinkPreview}).
 *
 * @param from      the earlier address, {@code /en/about/}
 * @param to        the page's address now, {@code /en/about-us/}
 * @param lang      the page's language, for the forwarding page's {@code lang}
 * @param title     the page's title, the forwarding page's title and link text
 * @param canonical the page's full address, {@code https://example.org/en/about-us/}
 * @param preview   the page's link preview, or null for none
 */
public record MovedPage(String from, String to, String lang, String title, String canonical, LinkPreview preview) {
    /** The header that lists a page's earlier addresses, separated by commas. */
    public static final String HEADER = "aliases";

    /** The addresses an {@code aliases=} value lists, blanks left out. */
    public static List<String> addresses(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * Every form of the earlier address a reader may have: {@code /en/about}, {@code /en/about/} and
     * {@code /en/about/index.html}. Hosts that match a rule's address exactly (nginx's {@code location =}, Cloudflare's
     * static redirects) need a rule for each, or the first two hops go through their own slash redirect.
     */
    public List<String> addressForms() {
        return List.of(from.substring(0, from.length() - 1), from, from + "index.html");
    }

    /**
     * The forms of the earlier address that Netlify needs forced ({@code 301!}), since the forwarding page is a file there and
     * Netlify serves a file before an unforced rule: {@code /en/about/} (which it matches for {@code /en/about} as well) and
     * {@code /en/about/index.html}, which it matches only as written.
     */
    public List<String> netlifyForms() {
        return List.of(from, from + "index.html");
    }

    /** The forwarding page's file in the site, {@code en/about/index.html}. */
    public String file() {
        return from.substring(1) + "index.html";
    }

    /**
     * The forwarding page for hosts that read no redirect rules: it forwards at once, and search engines take the new
     * address. Google reads an instant refresh as a permanent redirect, and the canonical link says the same; a
     * {@code noindex} would contradict both (Google advises against noindex to steer the choice of canonical page).
     * Its link preview is the page's, with the new address as {@code og:url}.
     */
    public String html() {
        String t = Entities.escape(title);
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + SecurityHeaders.PAGE_POLICY + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n"
                + "<link rel=\"canonical\" href=\"" + Entities.escape(canonical) + "\">\n"
                + "<title>" + t + "</title>\n" + (preview == null ? "" : preview.tags(title, canonical)) + "</head>\n<body>\n<p><a href=\"" + to + "\">" + t + "</a></p>\n</body>\n</html>\n";
    }
}
