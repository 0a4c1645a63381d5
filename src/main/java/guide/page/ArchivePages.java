package guide.page;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;
import guide.site.SiteConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive of a language: every article and the quiz ({@link ArticleIndex#listed}), newest first, {@code site.archive.pageSize} per page, at
 * {@code archiveUrl} ({@code /pl/artykuly/}, then {@code /pl/artykuly/2/} …); one empty page for a
 * language without articles yet, so the footer's link always works.
 */
public final class ArchivePages {
    private final SiteConfig config;
    private final ArticleIndex index;
    private final Cards cards;
    private final UiStrings ui;
    private final Alternates alternates;
    private final LanguageSwitch languageSwitch;
    private final LanguageViews languages;
    private final ShareImages shares;

    public ArchivePages(SiteConfig config, ArticleIndex index, Cards cards, UiStrings ui, Alternates alternates, LanguageSwitch languageSwitch,
                        LanguageViews languages, ShareImages shares) {
        this.config = config;
        this.index = index;
        this.cards = cards;
        this.ui = ui;
        this.alternates = alternates;
        this.languageSwitch = languageSwitch;
        this.languages = languages;
        this.shares = shares;
    }

    /** One archive page: where it goes and what it shows. */
    public record Page(String outputPath, PageModel model) {
    }

    public List<Page> of(String lang) {
        List<Page> pages = new ArrayList<>();
        int total = pageCount(lang);
        for (int k = 1; k <= total; k++) {
            final int page = k;
            String title = k == 1 ? ui.text(lang, "allArticles") : ui.text(lang, "allArticlesPage").replace("{page}", ui.number(lang, k))
                    .replace("{pages}", ui.number(lang, total));
            String url = url(lang, k);
            String outputPath = url.substring(1) + "index.html";
            List<ContentDocument> slice = slice(lang, k);
            // Each page its own description, as its own title: search engines show it, and Google asks for one per page.
            String summary = ui.text(lang, "allArticlesSummary") + (k == 1 ? "" : " " + range(lang, k, slice.size()) + ".");
            PageModel model = PageModel.builder(lang, languages.of(lang), "articles", title, url, config.baseUrl() + url, config.baseUrl())
                    .summary(summary)
                    .alternates(alternates(k))
                    .switcher(languageSwitch.options(lang, other -> url(other, Math.min(page, pageCount(other)))))
                    .archive(new ArchiveView(slice.stream().map(cards::of).toList(), range(lang, k, slice.size()), pagination(lang, k, total)))
                    .socialImage(shares.of(outputPath, title, lang))
                    .build();
            pages.add(new Page(outputPath, model));
        }
        return pages;
    }

    /** Page {@code k} of the archive of a language: {@code /pl/artykuly/}, {@code /pl/artykuly/2/}. */
    public String url(String lang, int k) {
        String first = ui.text(lang, "archiveUrl");
        return k == 1 ? first : first + k + "/";
    }

    /** How many entries the archive of a language lists: its articles and its quiz. */
    public int count(String lang) {
        return index.listed(lang).size();
    }

    /** At least one: the footer of every page links to the archive, even before a language has articles. */
    public int pageCount(String lang) {
        int size = config.archivePageSize();
        return Math.max(1, (index.listed(lang).size() + size - 1) / size);
    }

    /** The articles (and the quiz) on page {@code k}. */
    public List<ContentDocument> slice(String lang, int k) {
        List<ContentDocument> all = index.listed(lang);
        int size = config.archivePageSize();
        return all.subList(Math.min(all.size(), (k - 1) * size), Math.min(all.size(), k * size));
    }

    /**
     * The hreflang alternates of page {@code k} (its head's and its sitemap entry's): the first pages pair across
     * languages, each listing every language's first page; a later page has none. Page 2 in Polish does not hold what
     * page 2 in English holds (each archive lists its own language's articles, by its own dates), and Google takes
     * hreflang to name versions of the same content; so a later page is its own canonical address and names no
     * translation, as Hugo's maintainers judged page-to-page pairing "would very rarely be correct" (gohugoio/hugo#2972).
     */
    public List<Alternate> alternates(int k) {
        if (k != 1) {
            return List.of();
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            urls.put(lang, url(lang, 1));
        }
        return alternates.of(urls);
    }

    /** "Pozycje 51–100 z 240", "Items 1,001–1,020 of 1,234", "Pozycja 2 z 2", or empty for no articles. */
    private String range(String lang, int k, int shown) {
        if (shown == 0) {
            return "";
        }
        int from = (k - 1) * config.archivePageSize() + 1;
        int to = from + shown - 1;
        return ui.text(lang, to == from ? "archiveRangeOne" : "archiveRange")
                .replace("{from}", ui.number(lang, from)).replace("{to}", ui.number(lang, to))
                .replace("{count}", ui.number(lang, count(lang)));
    }

    /**
     * Links to the other pages: previous, next, the first and last, and the two either side of this
     * one, with gaps between (a list of every page would run to hundreds).
     */
    private Pagination pagination(String lang, int k, int total) {
        List<Pagination.PageLink> items = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= total; i++) {
            if (i != 1 && i != total && Math.abs(i - k) > 2) {
                continue;
            }
            if (i > last + 1) {
                items.add(new Pagination.PageLink(true, 0, null, null, null, false));
            }
            String number = ui.number(lang, i);
            items.add(new Pagination.PageLink(false, i, number, url(lang, i), ui.text(lang, "pageNumber").replace("{page}", number), i == k));
            last = i;
        }
        return new Pagination(k, total, k > 1 ? url(lang, k - 1) : null, k < total ? url(lang, k + 1) : null, List.copyOf(items));
    }
}
