package guide.jbake;

import guide.content.Author;
import guide.content.Authors;
import guide.content.ContentDocument;
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

    private final SiteConfig config;
    private final List<ContentDocument> published;
    private final TranslationIndex translations;
    private final Authors authors;
    private final UiStrings ui;
    private final AffiliateLinks affiliates;
    private final Map<ContentDocument, Checklist> checklists;
    private final TranslationReport report;

    public PageHeaders(SiteConfig config, List<ContentDocument> published, TranslationIndex translations, Authors authors,
                       UiStrings ui, AffiliateLinks affiliates, Map<ContentDocument, Checklist> checklists, TranslationReport report) {
        this.checklists = checklists;
        this.report = report;
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
        h.put("readingTime", ui.plural(doc.lang(), "readingTime", ReadingTime.minutes(doc.body())));
        h.put("hasAffiliateLinks", Boolean.toString(hasAffiliateLink(doc.body())));
        h.put("alternates", json(Map.of("items", alternates(doc))));
        h.put("switcher", json(Map.of("items", switcher(doc))));
        if (doc.author() != null) {
            h.put("authorData", json(author(authors.get(doc.author()).orElseThrow(), doc.lang())));
        }
        if (doc.isArticle()) {
            h.put("related", json(Map.of("items", related(doc))));
        }
        report.stateOf(doc).filter(state -> state.status() == TranslationState.Status.OUTDATED && state.source() != null)
                .ifPresent(state -> h.put("outdatedNotice", json(outdatedNotice(doc, state.source()))));
        if (doc.type() == DocumentType.HOME) {
            h.put("articles", json(Map.of("items", articles(doc.lang()))));
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
        for (ContentDocument doc : articlesOf(lang)) {
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
        h.put("entries", json(Map.of("items", entries)));
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
        h.put("pages", json(Map.of("items", pages)));
        return h;
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
        h.put("ui", json(ui.strings(lang)));
        h.put("uiPlurals", json(ui.pluralForms(lang)));
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

    /** Other articles in the same language: most shared tags first, then newest. */
    private List<Map<String, Object>> related(ContentDocument doc) {
        return articlesOf(doc.lang()).stream()
                .filter(other -> other != doc)
                .sorted(Comparator.comparingLong((ContentDocument other) -> -other.tags().stream().filter(doc.tags()::contains).count())
                        .thenComparing(ContentDocument::date, Comparator.reverseOrder())
                        .thenComparing(ContentDocument::url))
                .limit(RELATED_LIMIT)
                .map(this::card)
                .toList();
    }

    private List<Map<String, Object>> articles(String lang) {
        return articlesOf(lang).stream().map(this::card).toList();
    }

    private List<ContentDocument> articlesOf(String lang) {
        return published.stream().filter(d -> d.isArticle() && d.lang().equals(lang))
                .sorted(Comparator.comparing(ContentDocument::date).reversed().thenComparing(ContentDocument::url))
                .toList();
    }

    private Map<String, Object> card(ContentDocument doc) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", doc.title());
        item.put("url", doc.url());
        item.put("summary", doc.summary());
        item.put("dateIso", doc.date().toString());
        item.put("dateText", dateText(doc.date(), doc.lang()));
        item.put("readingTime", ui.plural(doc.lang(), "readingTime", ReadingTime.minutes(doc.body())));
        return item;
    }

    /** "20 listopada 2026" in Polish, "20 November 2026" in English. */
    static String dateText(LocalDate date, String lang) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
    }

    private static String json(Map<String, ?> value) {
        return JSONValue.toJSONString(value);
    }
}
