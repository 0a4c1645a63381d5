package guide.check;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which links point into the site, and where: shared by the checks that follow links. */
final class InternalUrls {
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

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
        if (SCHEME.matcher(href).matches() || href.startsWith("//")) {
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
}
