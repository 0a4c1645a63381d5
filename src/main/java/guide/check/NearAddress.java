package guide.check;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Comparator;
import java.util.Optional;

/**
 * For a link to an address the site does not have, the page it most likely meant: a typo in the address
 * ({@code /en/abuot/} for {@code /en/about/}, {@code …-clients/} for {@code …-client/}). Only pages of the
 * same language folder are offered (a link must stay in its language), never a home page, and only when
 * the page's own part of the address is a few letters away (at most 3, and a third of it).
 */
final class NearAddress {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearAddress() {
    }

    /** The built page nearest to the root-relative {@code path} ({@code /en/abuot/}), as an address ({@code /en/about/}). */
    static Optional<String> of(BuiltSite site, String path) {
        String wanted = path.startsWith("/") ? path.substring(1) : path;
        int slash = wanted.indexOf('/');
        if (slash <= 0 || slash == wanted.length() - 1) {
            return Optional.empty();
        }
        String folder = wanted.substring(0, slash + 1);
        String slug = wanted.substring(slash + 1);
        int limit = Math.min(3, slug.length() / 3); // a third of it at most: "x/" is no typo of "t/"
        return site.pages().keySet().stream()
                .filter(page -> page.startsWith(folder))
                .map(page -> page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page)
                .map(address -> address.substring(folder.length()))
                .filter(own -> !own.isEmpty() && DISTANCE.apply(slug, own) <= limit)
                .min(Comparator.comparingInt((String own) -> DISTANCE.apply(slug, own)).thenComparing(own -> own))
                .map(own -> "/" + folder + own);
    }
}
