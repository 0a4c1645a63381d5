package guide.check;

import guide.site.NearNames;

import java.util.List;
import java.util.Optional;

/**
 * For a link to an address the site does not have, the page it most likely meant: a typo in the address
 * ({@code /en/abuot/} for {@code /en/about/}, {@code …-clients/} for {@code …-client/}). Only pages of the
 * same language folder are offered (a link must stay in its language), never a home page, and only when
 * the page's own part of the address is a few letters away ({@link NearNames#typoOf(String, java.util.Collection)}: at most 3, and a third of it), the
 * nearest first, then the first in alphabetical order.
 */
final class NearAddress {
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
        List<String> owns = site.pages().keySet().stream()
                .filter(page -> page.startsWith(folder))
                .map(page -> page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page)
                .map(address -> address.substring(folder.length())) // a home page's is empty: all of slug away, never a typo of it
                .toList();
        return NearNames.typoOf(slug, owns).map(own -> "/" + folder + own);
    }
}
