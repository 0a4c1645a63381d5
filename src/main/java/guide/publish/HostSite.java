package guide.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the host configuration files are written from: the built site's files and what the
 * configuration says about languages and the address.
 *
 * @param files           every file of the site, as paths relative to its root ({@code pl/index.html})
 * @param immutable       the fingerprinted files among them ({@link AssetNames})
 * @param notFoundPages   each language's "page not found", in the configured order ({@code pl -> pl/404.html})
 * @param defaultLanguage the site's default language
 * @param https           whether the site is served over HTTPS (then HSTS is sent)
 * @param moved           the earlier addresses of renamed pages, each redirected to the page's address now
 */
public record HostSite(SortedSet<String> files, Set<String> immutable, Map<String, String> notFoundPages, String defaultLanguage,
                       boolean https, List<MovedPage> moved) {

    public HostSite {
        files = new TreeSet<>(files);
        immutable = Set.copyOf(immutable);
        notFoundPages = Collections.unmodifiableMap(new LinkedHashMap<>(notFoundPages));
        moved = List.copyOf(moved);
    }

    /** A site without renamed pages. */
    public HostSite(SortedSet<String> files, Set<String> immutable, Map<String, String> notFoundPages, String defaultLanguage, boolean https) {
        this(files, immutable, notFoundPages, defaultLanguage, https, List.of());
    }

    /** The cache policy of one file. */
    public CachePolicy policyOf(String file) {
        return immutable.contains(file) ? CachePolicy.IMMUTABLE : CachePolicy.REVALIDATE;
    }
}
