package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * sitemap.xml: every published page but the not-found pages, with its language alternates where it has
 * translations; a page's {@code lastmod} is when its text last changed ({@link ContentDocument#updated()}).
 * A page that lists others changes when they do: a home page's {@code lastmod} is the newest of its own and of what it
 * shows ({@link HomeLists#newestShown}); an archive page's is the newest of what it lists and of the newest entry of
 * its language's archive (a new entry moves every later page's entries and changes the count each page shows,
 * "Artykuły 11–20 z 45"). The archive pages are canonical, indexable pages (each its own canonical address) that lead
 * to every article, so they are listed as well, with the alternates their heads declare: only the first pages have any
 * ({@link ArchivePages#alternates}). The root page lists the alternates its own head declares (every home
 * page, itself as x-default) and, as it offers the home pages, the newest of their {@code lastmod}s (so what they
 * show counts for it too).
 */
public final class Sitemap {
    private final SiteConfig config;
    private final TranslationIndex translations;
    private final Alternates alternates;
    private final ArchivePages archive;
    private final HomeLists homes;

    public Sitemap(SiteConfig config, TranslationIndex translations, Alternates alternates, ArchivePages archive, HomeLists homes) {
        this.config = config;
        this.translations = translations;
        this.alternates = alternates;
        this.archive = archive;
        this.homes = homes;
    }

    public List<SitemapEntry> of(List<ContentDocument> published) {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(config.baseUrl() + "/", newestHomeLastmod(published), alternates.ofRoot()));
        for (ContentDocument doc : published) {
            if (doc.type() != DocumentType.NOTFOUND) {
                LocalDate lastmod = doc.type() == DocumentType.HOME ? homeLastmod(doc) : doc.updated();
                entries.add(new SitemapEntry(config.baseUrl() + doc.url(), lastmod.toString(),
                        translations.versions(doc).size() > 1 ? alternates.of(doc) : List.of()));
            }
        }
        for (String lang : config.languages()) {
            List<ContentDocument> first = archive.slice(lang, 1);
            for (int k = 1; k <= archive.pageCount(lang); k++) {
                List<ContentDocument> slice = archive.slice(lang, k);
                List<Alternate> pageAlternates = archive.alternates(k);
                Optional<LocalDate> lastmod = slice.stream().map(ContentDocument::updated).max(Comparator.naturalOrder())
                        .map(own -> newest(own, Optional.of(first.get(0).date())));
                entries.add(new SitemapEntry(config.baseUrl() + archive.url(lang, k), lastmod.map(Object::toString).orElse(null),
                        pageAlternates.size() > 2 ? pageAlternates : List.of()));
            }
        }
        return List.copyOf(entries);
    }

    private static LocalDate newest(LocalDate own, Optional<LocalDate> shown) {
        return shown.filter(date -> date.isAfter(own)).orElse(own);
    }

    /** A home page's: the newest of its own text's and of what it shows. */
    private LocalDate homeLastmod(ContentDocument home) {
        return newest(home.updated(), homes.newestShown(home.lang()));
    }

    /** {@code 2026-11-30}: the newest of the language home pages' own {@code lastmod}s, or null without a home page. */
    private String newestHomeLastmod(List<ContentDocument> published) {
        return published.stream().filter(doc -> doc.type() == DocumentType.HOME).map(this::homeLastmod)
                .max(Comparator.naturalOrder()).map(Object::toString).orElse(null);
    }
}
