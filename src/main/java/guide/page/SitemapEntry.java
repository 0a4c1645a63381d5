package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * One page in {@code sitemap.xml}, with its language alternates when it has translations.
 *
 * @param lastmod {@code 2026-11-20}, or null
 */
public record SitemapEntry(String loc, String lastmod, List<Alternate> alternates) implements Serializable {
}
