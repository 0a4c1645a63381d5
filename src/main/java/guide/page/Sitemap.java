package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * sitemap.xml: every published page but the 404 pages, with its language alternates where it has
 * translations; a page's {@code lastmod} is when its text last changed ({@link ContentDocument#updated()}).
 * The root page lists the alternates its own head declares (every home page, itself
 * as x-default) and, as it offers the home pages, the newest of their dates.
 */
public final class Sitemap {
    private final SiteConfig config;
    private final TranslationIndex translations;
    private final Alternates alternates;
    private final ArchivePages archive;

    public Sitemap(SiteConfig config, TranslationIndex translations, Alternates alternates, ArchivePages archive) {
        this.config = config;
        this.translations = translations;
        this.alternates = alternates;
        this.archive = archive;
    }

    public List<SitemapEntry> of(List<ContentDocument> published) {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(config.baseUrl() + "/", newestHomeDate(published), alternates.ofRoot()));
        for (ContentDocument doc : published) {
            if (doc.type() != DocumentType.NOTFOUND) {
                entries.add(new SitemapEntry(config.baseUrl() + doc.url(), doc.updated().toString(),
                        translations.versions(doc).size() > 1 ? alternates.of(doc) : List.of()));
            }
        }
        for (String lang : config.languages()) {
            for (int k = 1; k <= archive.pageCount(lang); k++) {
                List<ContentDocument> slice = archive.slice(lang, k);
                List<Alternate> pageAlternates = alternates.of(archive.urlsOfPage(k));
                entries.add(new SitemapEntry(config.baseUrl() + archive.url(lang, k), slice.isEmpty() ? null : slice.get(0).date().toString(),
                        pageAlternates.size() > 2 ? pageAlternates : List.of()));
            }
        }
        return List.copyOf(entries);
    }

    /** {@code 2026-11-20}: the newest date of the language home pages, or null without one. */
    private static String newestHomeDate(List<ContentDocument> published) {
        return published.stream().filter(doc -> doc.type() == DocumentType.HOME).map(ContentDocument::date)
                .max(Comparator.naturalOrder()).map(Object::toString).orElse(null);
    }
}
