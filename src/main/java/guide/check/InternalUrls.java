package guide.check;

import java.net.URI;
import java.util.Optional;

/** Which links point into the site, and where: shared by the checks that follow links. */
final class InternalUrls {
    private InternalUrls() {
    }

    /**
     * The target of a link on {@code page} as a root-relative URL (with any query and fragment), or
     * empty for external, mail and other non-page links. Links to the site's own absolute URL count as internal.
     */
    static Optional<String> target(String siteUrl, String page, String raw) {
        String href = raw.strip();
        if (href.startsWith(siteUrl + "/") || href.equals(siteUrl)) {
            href = href.substring(siteUrl.length());
            href = href.isEmpty() ? "/" : href;
        }
        if (hasScheme(href) || href.startsWith("//")) {
            return Optional.empty();
        }
        if (href.startsWith("#")) {
            return Optional.of("/" + page + href);
        }
        if (!href.startsWith("/")) {
            try {
                href = URI.create("/" + page).resolve(href).toString();
            } catch (IllegalArgumentException ex) {
                return Optional.of(href);
            }
        }
        return Optional.of(href);
    }

    /** The address starts with a scheme ({@code https:}, {@code mailto:}, {@code tel:}): a letter, then letters, digits, {@code + . -}, then a colon (RFC 3986, 3.1). */
    private static boolean hasScheme(String href) {
        if (href.isEmpty() || !isAsciiLetter(href.charAt(0))) {
            return false;
        }
        for (int i = 1; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
