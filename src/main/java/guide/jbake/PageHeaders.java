package guide.jbake;

import guide.content.Author;
import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.DocumentType;
import guide.content.ReadingTime;
import guide.html.AffiliateLinks;
import guide.i18n.UiStrings;
import guide.quiz.Checklist;
import guide.quiz.QuizModel;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import org.json.simple.JSONValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes, once per build, everything a template needs about a page and its neighbours
 * (translations, related articles, author, reading time, dates in the page's language), and
 * hands it to JBake as extra header values. Templates then never scan all documents per page.
 */
public final class PageHeaders {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\"'<>]+");
    private static final int RELATED_LIMIT = 4;
    private static final int RELATED_NEIGHBOURS = 25;

    private final SiteConfig config;
    private final List<ContentDocument> published;
    private final TranslationIndex translations;
    private final Authors authors;
    private final UiStrings ui;
    private final AffiliateLinks affiliates;
    private final Map<ContentDocument, Checklist> checklists;
    private final TranslationReport report;
    private final Map<String, List<ContentDocument>> articlesByLang = new HashMap<>();
    private final Map<String, List<ContentDocument>> byTag = new HashMap<>();
    private final Map<ContentDocument, Integer> newestRank = new java.util.IdentityHashMap<>();
    private final Map<String, Map<String, Object>> cards = new ConcurrentHashMap<>();
    private final Map<String, String> uiJson = new ConcurrentHashMap<>();
    private final Map<String, String> authorJson = new ConcurrentHashMap<>();
    private final Map<String, String> uiPluralsJson = new ConcurrentHashMap<>();
    private final DocumentMemo<Integer> minutes;
    private final Map<String, Object[]> listJson;
    private final DocumentMemo<Boolean> affiliateMemo;

    public PageHeaders(SiteConfig config, List<ContentDocument> published, TranslationIndex translations, Authors authors,
                       UiStrings ui, AffiliateLinks affiliates, Map<ContentDocument, Checklist> checklists, TranslationReport report) {
        this(config, published, translations, authors, ui, affiliates, checklists, report, new DocumentMemo<>(), new DocumentMemo<>(), null);
    }

    /**
     * With memos that outlive one build (the preview server's), for documents that did not change;
     * {@code listJson} null when there is no next build to remember lists for.
     */
    public PageHeaders(SiteConfig config, List<ContentDocument> published, TranslationIndex translations, Authors authors,
                       UiStrings ui, AffiliateLinks affiliates, Map<ContentDocument, Checklist> checklists, TranslationReport report,
                       DocumentMemo<Integer> minutes, DocumentMemo<Boolean> affiliateMemo, Map<String, Object[]> listJson) {
        this.minutes = minutes;
        this.listJson = listJson;
        this.affiliateMemo = affiliateMemo;
        this.checklists = checklists;
        this.report = report;
        for (ContentDocument doc : published) {
            if (doc.isArticle()) {
                articlesByLang.computeIfAbsent(doc.lang(), l -> new ArrayList<>()).add(doc);
                for (String tag : doc.tags()) {
                    byTag.computeIfAbsent(doc.lang() + "\u0000" + tag, t -> new ArrayList<>()).add(doc);
                }
            }
        }
        byTag.values().forEach(list -> list.sort(newestFirst()));
        articlesByLang.values().forEach(list -> {
            list.sort(newestFirst());
            for (int i = 0; i < list.size(); i++) {
                newestRank.put(list.get(i), i);
            }
        });
        this.config = config;
        this.published = published;
        this.translations = translations;
        this.authors = authors;
        this.ui = ui;
        this.affiliates = affiliates;
    }

    /** Header values for one content page, in a stable order. */
    public Map<String, String> forDocument(ContentDocument doc) {
        Map<String, String> h = common(doc.lang());
        h.put("title", doc.title());
        h.put("date", doc.date().toString());
        h.put("type", doc.type().header());
        h.put("status", "published");
        h.put("translationKey", doc.translationKey());
        if (doc.summary() != null) {
            h.put("summary", doc.summary());
        }
        if (!doc.tags().isEmpty()) {
            h.put("tags", String.join(",", doc.tags()));
        }
        h.put("url", doc.url());
        h.put("canonical", config.baseUrl() + doc.url());
        h.put("sourceFile", doc.source().toString().replace('\\', '/'));
        h.put("dateIso", doc.date().toString());
        h.put("dateText", dateText(doc.date(), doc.lang()));
        h.put("readingTime", readingTime(doc));
        h.put("hasAffiliateLinks", Boolean.toString(affiliateMemo.get(doc, d -> hasAffiliateLink(d.body()))));
        h.put("alternates", bigJson(doc.outputPath() + "#alternates", Map.of("items", alternates(doc))));
        h.put("switcher", bigJson(doc.outputPath() + "#switcher", Map.of("items", switcher(doc))));
        if (doc.author() != null) {
            h.put("authorData", authorJson.computeIfAbsent(doc.author() + "/" + doc.lang(),
                    k -> json(author(authors.get(doc.author()).orElseThrow(), doc.lang()))));
        }
        if (doc.isArticle()) {
            h.put("related", bigJson(doc.outputPath() + "#related", Map.of("items", related(doc))));
        }
        report.stateOf(doc).filter(state -> state.status() == TranslationState.Status.OUTDATED && state.source() != null)
                .ifPresent(state -> h.put("outdatedNotice", json(outdatedNotice(doc, state.source()))));
        if (doc.type() == DocumentType.HOME) {
            List<ContentDocument> all = articlesOf(doc.lang());
            h.put("articles", bigJson("articles/" + doc.lang(),
                    Map.of("items", all.subList(0, Math.min(config.homeLatest(), all.size())).stream().map(this::card).toList())));
            Map<String, Object> archive = new LinkedHashMap<>();
            archive.put("url", archiveUrl(doc.lang(), 1));
            archive.put("count", all.size());
            archive.put("more", all.size() > config.homeLatest());
            h.put("archive", json(archive));
            h.put("otherLanguageOnly", json(Map.of("items", otherLanguageOnly(doc.lang()))));
            published.stream().filter(d -> d.type() == DocumentType.QUIZ && d.lang().equals(doc.lang())).findFirst()
                    .ifPresent(quiz -> h.put("quiz", json(card(quiz))));
        }
        if (doc.type() == DocumentType.QUIZ) {
            h.put("quiz", json(QuizModel.of(checklists.get(doc), doc.lang(), ui)));
        }
        return h;
    }

    /** The root page: offers every language, no JavaScript. */
    public Map<String, String> forRoot() {
        Map<String, String> h = common(config.defaultLanguage());
        h.put("title", ui.strings(config.defaultLanguage()).get("siteName"));
        h.put("type", "root");
        h.put("status", "published");
        h.put("url", "/");
        h.put("canonical", config.baseUrl() + "/");
        List<Map<String, Object>> items = new ArrayList<>();
        for (String lang : config.languages()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("lang", lang);
            item.put("url", "/" + lang + "/");
            item.put("langName", ui.strings(lang).get("languageName"));
            item.put("siteName", ui.strings(lang).get("siteName"));
            item.put("tagline", ui.strings(lang).get("tagline"));
            item.put("enter", ui.strings(lang).get("enterSite"));
            items.add(item);
        }
        h.put("languages", json(Map.of("items", items)));
        h.put("alternates", json(Map.of("items", List.of())));
        return h;
    }

    /** The Atom feed of one language: its articles, newest first. */
    public Map<String, String> forFeed(String lang) {
        Map<String, String> h = common(lang);
        h.put("title", ui.strings(lang).get("siteName"));
        h.put("type", "atom");
        h.put("status", "published");
        h.put("url", "/" + lang + "/feed.xml");
        List<Map<String, Object>> entries = new ArrayList<>();
        LocalDate updated = LocalDate.of(2000, 1, 1);
        List<ContentDocument> newest = articlesOf(lang);
        for (ContentDocument doc : newest.subList(0, Math.min(config.feedLimit(), newest.size()))) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", doc.title());
            e.put("url", config.baseUrl() + doc.url());
            e.put("summary", doc.summary());
            e.put("date", doc.date().toString());
            e.put("author", authors.get(doc.author()).map(a -> a.names().get(lang)).orElse(""));
            entries.add(e);
            updated = doc.date().isAfter(updated) ? doc.date() : updated;
        }
        h.put("updated", updated.toString());
        h.put("feedUrl", config.baseUrl() + "/" + lang + "/feed.xml");
        h.put("homeUrl", config.baseUrl() + "/" + lang + "/");
        h.put("entries", bigJson("feed/" + lang, Map.of("items", entries)));
        return h;
    }

    /** sitemap.xml: every published page (not 404s) with its language alternates. */
    public Map<String, String> forSitemap() {
        Map<String, String> h = common(config.defaultLanguage());
        h.put("title", "sitemap");
        h.put("type", "sitemapxml");
        h.put("status", "published");
        List<Map<String, Object>> pages = new ArrayList<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("loc", config.baseUrl() + "/");
        root.put("alternates", List.of());
        pages.add(root);
        for (ContentDocument doc : published) {
            if (doc.type() == DocumentType.NOTFOUND) {
                continue;
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("loc", config.baseUrl() + doc.url());
            page.put("lastmod", doc.date().toString());
            page.put("alternates", translations.versions(doc).size() > 1 ? alternates(doc) : List.of());
            pages.add(page);
        }
        for (String lang : config.languages()) {
            for (int k = 1; k <= archivePageCount(lang); k++) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("loc", config.baseUrl() + archiveUrl(lang, k));
                if (!archiveSlice(lang, k).isEmpty()) {
                    page.put("lastmod", archiveSlice(lang, k).get(0).date().toString());
                }
                page.put("alternates", archiveAlternates(k).size() > 2 ? archiveAlternates(k) : List.of());
                pages.add(page);
            }
        }
        h.put("pages", bigJson("sitemap", Map.of("items", pages)));
        return h;
    }

    /** One page of a language's article archive: where it goes and its header values. */
    public record ArchivePage(String outputPath, Map<String, String> headers) {
    }

    /**
     * The archive of a language: every article, newest first, {@code site.archive.pageSize} per
     * page, at {@code archiveUrl} ({@code /pl/artykuly/}, then {@code /pl/artykuly/2/} ...); one
     * empty page for a language without articles yet.
     */
    public List<ArchivePage> forArchive(String lang) {
        List<ArchivePage> pages = new ArrayList<>();
        int total = archivePageCount(lang);
        Map<String, String> words = ui.strings(lang);
        for (int k = 1; k <= total; k++) {
            Map<String, String> h = common(lang);
            h.put("title", k == 1 ? words.get("allArticles")
                    : words.get("allArticlesPage").replace("{page}", Integer.toString(k)).replace("{pages}", Integer.toString(total)));
            h.put("summary", words.get("allArticlesSummary"));
            h.put("type", "articles");
            h.put("status", "published");
            String url = archiveUrl(lang, k);
            h.put("url", url);
            h.put("canonical", config.baseUrl() + url);
            h.put("alternates", json(Map.of("items", archiveAlternates(k))));
            h.put("switcher", json(Map.of("items", archiveSwitcher(lang, k))));
            h.put("articles", bigJson("archive/" + lang + "/" + k, Map.of("items", archiveSlice(lang, k).stream().map(this::card).toList())));
            int from = (k - 1) * config.archivePageSize() + 1;
            int to = from + archiveSlice(lang, k).size() - 1;
            h.put("range", archiveSlice(lang, k).isEmpty() ? "" : words.get(to == from ? "archiveRangeOne" : "archiveRange")
                    .replace("{from}", Integer.toString(from)).replace("{to}", Integer.toString(to))
                    .replace("{count}", Integer.toString(articlesOf(lang).size())));
            h.put("pagination", json(pagination(lang, k, total)));
            pages.add(new ArchivePage(url.substring(1) + "index.html", h));
        }
        return pages;
    }

    /** Page {@code k} of the archive of a language: {@code /pl/artykuly/}, {@code /pl/artykuly/2/}. */
    public String archiveUrl(String lang, int k) {
        String first = ui.strings(lang).get("archiveUrl");
        return k == 1 ? first : first + k + "/";
    }

    /** At least one: the footer of every page links to the archive, even before a language has articles. */
    private int archivePageCount(String lang) {
        int size = config.archivePageSize();
        return Math.max(1, (articlesOf(lang).size() + size - 1) / size);
    }

    private List<ContentDocument> archiveSlice(String lang, int k) {
        List<ContentDocument> all = articlesOf(lang);
        int size = config.archivePageSize();
        return all.subList((k - 1) * size, Math.min(all.size(), k * size));
    }

    /** Page k of the archive in each language that has one, plus x-default (the default language's, else the first). */
    private List<Map<String, Object>> archiveAlternates(int k) {
        List<Map<String, Object>> items = new ArrayList<>();
        String fallback = null;
        for (String lang : config.languages()) {
            if (archivePageCount(lang) >= k) {
                items.add(alternate(lang, config.baseUrl() + archiveUrl(lang, k)));
                if (fallback == null || lang.equals(config.defaultLanguage())) {
                    fallback = config.baseUrl() + archiveUrl(lang, k);
                }
            }
        }
        items.add(alternate("x-default", fallback));
        return items;
    }

    /** The same page of the archive in the other languages, or their first page when they have fewer. */
    private List<Map<String, Object>> archiveSwitcher(String lang, int k) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String other : config.languages()) {
            if (other.equals(lang)) {
                continue;
            }
            int pages = archivePageCount(other);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("lang", other);
            item.put("langName", ui.strings(other).get("languageName"));
            if (pages == 0) {
                item.put("url", "/" + other + "/");
                item.put("available", false);
                item.put("missingNote", ui.strings(lang).get("translationMissing"));
                item.put("homeLabel", ui.strings(other).get("goToHome"));
            } else {
                item.put("url", archiveUrl(other, Math.min(k, pages)));
                item.put("available", true);
            }
            items.add(item);
        }
        return items;
    }

    /**
     * Links to the other pages of the archive: previous, next, the first and last, and the two
     * either side of this one, with gaps between (a list of every page would run to hundreds).
     */
    private Map<String, Object> pagination(String lang, int k, int total) {
        Map<String, String> words = ui.strings(lang);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("current", k);
        p.put("total", total);
        if (k > 1) {
            p.put("previous", archiveUrl(lang, k - 1));
        }
        if (k < total) {
            p.put("next", archiveUrl(lang, k + 1));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= total; i++) {
            if (i != 1 && i != total && Math.abs(i - k) > 2) {
                continue;
            }
            if (i > last + 1) {
                items.add(Map.of("gap", true));
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("gap", false);
            item.put("number", i);
            item.put("url", archiveUrl(lang, i));
            item.put("label", words.get("pageNumber").replace("{page}", Integer.toString(i)));
            item.put("current", i == k);
            items.add(item);
            last = i;
        }
        p.put("items", items);
        return p;
    }

    /** robots.txt: everything allowed, the sitemap named. */
    public Map<String, String> forRobots() {
        Map<String, String> h = common(config.defaultLanguage());
        h.put("title", "robots");
        h.put("type", "robots");
        h.put("status", "published");
        h.put("sitemapUrl", config.baseUrl() + "/sitemap.xml");
        return h;
    }

    private Map<String, String> common(String lang) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("lang", lang);
        h.put("siteUrl", config.baseUrl());
        h.put("defaultLanguage", config.defaultLanguage());
        h.put("ui", uiJson.computeIfAbsent(lang, l -> json(ui.strings(l))));
        h.put("uiPlurals", uiPluralsJson.computeIfAbsent(lang, l -> json(ui.pluralForms(l))));
        return h;
    }

    private boolean hasAffiliateLink(String markdown) {
        Matcher m = URL.matcher(markdown);
        while (m.find()) {
            if (affiliates.isAffiliate(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** hreflang alternates: the page itself and each translation, plus x-default. */
    private List<Map<String, Object>> alternates(ContentDocument doc) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, ContentDocument> versions = translations.versions(doc);
        for (ContentDocument version : versions.values()) {
            items.add(alternate(version.lang(), config.baseUrl() + version.url()));
        }
        ContentDocument fallback = versions.getOrDefault(config.defaultLanguage(), versions.values().iterator().next());
        items.add(alternate("x-default", config.baseUrl() + fallback.url()));
        return items;
    }

    private static Map<String, Object> alternate(String lang, String href) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("lang", lang);
        item.put("href", href);
        return item;
    }

    /** For each other language: the translation, or that language's home with a note that there is none. */
    private List<Map<String, Object>> switcher(ContentDocument doc) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String lang : config.languages()) {
            if (lang.equals(doc.lang())) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("lang", lang);
            item.put("langName", ui.strings(lang).get("languageName"));
            translations.in(doc, lang).ifPresentOrElse(t -> {
                item.put("url", t.url());
                item.put("title", t.title());
                item.put("available", true);
            }, () -> {
                item.put("url", "/" + lang + "/");
                item.put("available", false);
                item.put("missingNote", ui.strings(doc.lang()).get("translationMissing"));
                item.put("homeLabel", ui.strings(lang).get("goToHome"));
            });
            items.add(item);
        }
        return items;
    }

    private Map<String, Object> author(Author author, String lang) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", author.id());
        a.put("schemaType", author.schemaType());
        a.put("personId", config.baseUrl() + "/#author-" + author.id());
        a.put("name", author.names().get(lang));
        a.put("role", author.role().get(lang));
        a.put("bio", author.bio().get(lang));
        if (author.url() != null) {
            a.put("url", author.url());
        }
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (Author.Profile p : author.profiles()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("label", p.label());
            profile.put("url", p.url());
            profiles.add(profile);
        }
        a.put("profiles", profiles);
        return a;
    }

    /** "This translation may be behind the Polish original, updated on 20 November 2026." */
    private Map<String, Object> outdatedNotice(ContentDocument doc, ContentDocument source) {
        Map<String, String> words = ui.strings(doc.lang());
        String original = words.get("original" + capitalized(source.lang()));
        String updated = source.frontMatter().get("updated") != null ? source.frontMatter().get("updated") : source.date().toString();
        String date;
        try {
            date = dateText(LocalDate.parse(updated), doc.lang());
        } catch (java.time.format.DateTimeParseException e) {
            date = updated;
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("text", words.get("translationOutdated").replace("{original}", original == null ? source.lang() : original).replace("{date}", date));
        notice.put("url", source.url());
        notice.put("lang", source.lang());
        notice.put("linkText", words.get("readOriginal"));
        return notice;
    }

    /** Articles that exist in another language but not in this one: listed so readers know they exist. */
    private List<Map<String, Object>> otherLanguageOnly(String lang) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ContentDocument doc : published) {
            if (doc.isArticle() && !doc.lang().equals(lang) && translations.in(doc, lang).isEmpty()) {
                Map<String, Object> item = card(doc);
                item.put("lang", doc.lang());
                item.put("note", ui.strings(lang).get("onlyIn" + capitalized(doc.lang())));
                items.add(item);
            }
        }
        return items;
    }

    private static String capitalized(String lang) {
        return Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
    }

    /**
     * Other articles in the same language: those sharing the most tags, and among equals those
     * published closest in time (then the newer); filled up with the articles closest in time.
     * Candidates are the {@value #RELATED_NEIGHBOURS} articles either side of this one in each of
     * its tags' date order. Bounded this way, the cost per page does not grow with the site, and
     * an article appears in the lists of its neighbours only (not, as "newest first" would have
     * it, in every list of its tags), so an edit re-renders a handful of pages.
     */
    private List<Map<String, Object>> related(ContentDocument doc) {
        Map<ContentDocument, Integer> shared = new java.util.IdentityHashMap<>();
        for (String tag : doc.tags()) {
            List<ContentDocument> tagged = byTag.getOrDefault(doc.lang() + "\u0000" + tag, List.of());
            int at = Math.max(0, java.util.Collections.binarySearch(tagged, doc, newestFirst()));
            for (ContentDocument other : tagged.subList(Math.max(0, at - RELATED_NEIGHBOURS), Math.min(tagged.size(), at + RELATED_NEIGHBOURS + 1))) {
                if (other != doc) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        // Best RELATED_LIMIT by (shared tags, closeness in time, newer), kept in order while scanning once.
        long day = doc.date().toEpochDay();
        List<ContentDocument> best = new ArrayList<>(RELATED_LIMIT + 1);
        Comparator<ContentDocument> order = Comparator.comparingInt((ContentDocument other) -> -shared.getOrDefault(other, 0))
                .thenComparingLong(other -> Math.abs(other.date().toEpochDay() - day))
                .thenComparingInt(newestRank::get);
        for (ContentDocument candidate : shared.keySet()) {
            insertBounded(best, candidate, order);
        }
        List<ContentDocument> all = articlesOf(doc.lang());
        Integer rank = newestRank.get(doc);
        for (int step = 1; best.size() < RELATED_LIMIT && rank != null && (rank - step >= 0 || rank + step < all.size()); step++) {
            for (int i : new int[]{rank - step, rank + step}) {
                if (i >= 0 && i < all.size() && !shared.containsKey(all.get(i))) {
                    insertBounded(best, all.get(i), order);
                }
            }
        }
        return best.stream().map(this::card).toList();
    }

    private static void insertBounded(List<ContentDocument> best, ContentDocument candidate, Comparator<ContentDocument> order) {
        int at = best.size();
        while (at > 0 && order.compare(candidate, best.get(at - 1)) < 0) {
            at--;
        }
        if (at < RELATED_LIMIT) {
            best.add(at, candidate);
            if (best.size() > RELATED_LIMIT) {
                best.remove(RELATED_LIMIT);
            }
        }
    }

    /** Articles of a language, newest first; computed once. */
    private List<ContentDocument> articlesOf(String lang) {
        return articlesByLang.getOrDefault(lang, List.of());
    }

    private static Comparator<ContentDocument> newestFirst() {
        return Comparator.comparing(ContentDocument::date).reversed().thenComparing(ContentDocument::url);
    }

    /** Title, link, summary, date and reading time of an article, as lists show it; computed once per article. */
    private Map<String, Object> card(ContentDocument doc) {
        return new LinkedHashMap<>(cards.computeIfAbsent(doc.outputPath(), path -> {
            ContentDocument d = doc;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", d.title());
            item.put("url", d.url());
            item.put("summary", d.summary());
            item.put("dateIso", d.date().toString());
            item.put("dateText", dateText(d.date(), d.lang()));
            item.put("readingTime", readingTime(d));
            return item;
        }));
    }

    private String readingTime(ContentDocument doc) {
        return ui.plural(doc.lang(), "readingTime", minutes.get(doc, d -> ReadingTime.minutes(d.body())));
    }

    /** "20 listopada 2026" in Polish, "20 November 2026" in English. */
    static String dateText(LocalDate date, String lang) {
        return date.format(DATE_FORMATS.computeIfAbsent(lang, l -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(l))));
    }

    private static final Map<String, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();

    /**
     * JSON of a header value, serialised again only when the value differs from the one the same
     * slot held in the previous build: the site-wide lists (home page articles, feeds, sitemap) run
     * to hundreds of kilobytes on a large site, and per-page lists add up over thousands of pages.
     */
    private String bigJson(String slot, Map<String, ?> value) {
        if (listJson == null) {
            return json(value); // one build only: keeping the values for a next build would only hold memory
        }
        Object[] previous = listJson.get(slot);
        if (previous != null && previous[0].equals(value)) {
            return (String) previous[1];
        }
        String json = json(value);
        listJson.put(slot, new Object[]{value, json});
        return json;
    }

    private static String json(Map<String, ?> value) {
        return JSONValue.toJSONString(value);
    }
}
