package guide.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a URL is an affiliate link, from the glob patterns in {@code site.affiliate.patterns}
 * (matched against {@code host/path?query}, without scheme and without a leading {@code www.}).
 */
public final class AffiliateLinks {
    private final List<Pattern> patterns;

    public AffiliateLinks(List<String> globs) {
        this.patterns = globs.stream().map(AffiliateLinks::toRegex).toList();
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    public boolean isAffiliate(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return false;
        }
        String target;
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            target = host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String candidate = target;
        return patterns.stream().anyMatch(p -> p.matcher(candidate).matches());
    }
}
