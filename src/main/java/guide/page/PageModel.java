package guide.page;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModelException;
import guide.image.SocialImage;
import guide.quiz.QuizView;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a template reads about one page, as {@code content.<name>}: computed once per build,
 * in Java, by one class per concern (named below), and handed to Freemarker as objects. A value
 * that does not apply to the page is null (a template tests it with {@code ??}). Besides these,
 * {@code guide.render.TemplateRenderer#render} adds {@code content.ui} and {@code content.uiPlurals}:
 * the interface words of the page's language and their plural forms.
 *
 * <p>The page's key for reuse between builds is a hash of this model written field by field (see
 * {@code guide.build.PageKeys} and {@code CanonicalDigest}, which take records, lists, maps, strings, booleans, integers and
 * enums), so everything that changes a page must be here or in its Markdown;
 * the interface words reach every key through the fingerprint of the templates folder.
 *
 * @param lang           the page's language code
 * @param language       name, og:locale and direction of that language ({@link LanguageViews}, from {@code guide.site.Language})
 * @param type           the page kind, which picks the template ({@code guide.render.TemplateRenderer#TEMPLATES}): post, page, home, quiz,
 *                       notfound, articles, root, rootnotfound, atom, sitemapxml, robots
 * @param title          the page's title
 * @param summary        its description, or null
 * @param url            root-relative address, e.g. {@code /pl/o-przewodniku/}
 * @param canonical      absolute address
 * @param siteUrl        the site's absolute base URL
 * @param alternates     hreflang alternates, the page itself and x-default included ({@link Alternates})
 * @param switcher       the language switch ({@link LanguageSwitch})
 * @param date           publication date of a content page ({@link Dates})
 * @param updated        when its text last changed ({@code updated=}), if later than {@code date}; else null
 * @param readingTime    "5 minut czytania" for a content page but a quiz ({@link Cards})
 * @param wordCount      "1240 słów", the words its reading time is made of, for a content page but a quiz ({@link Cards})
 * @param tags           the page's tags
 * @param author         the credited author ({@link AuthorCards})
 * @param basedOn        the author of the work this page adapts ({@code basedOn=} in front matter), or null
 * @param legalNotice    the legal status date ({@code legalStatus=}), or null ({@link Notices})
 * @param outdatedNotice the note on a translation whose source changed since its stamp, or null ({@link Notices})
 * @param draft          true on a draft's page, which then has a bar across it ({@code ui.draftNotice}: "Draft: this page is not
 *                       published") and is noindex; null on every published page, whose model and page it leaves as they were.
 *                       Only the preview serves a draft's page ({@code guide.serve.DraftPages}); a build renders it for its checks
 *                       and never writes it
 * @param related        related articles of an article ({@link RelatedArticles})
 * @param home           what a home page lists ({@link HomeLists})
 * @param quiz           the checklist of a quiz page ({@link guide.quiz.QuizModel})
 * @param archive        one page of the archive of all articles ({@link ArchivePages})
 * @param languages      the languages the root page offers ({@link RootPage})
 * @param feed           a language's Atom feed ({@link Feeds})
 * @param sitemap        every page for sitemap.xml ({@link Sitemap})
 * @param sitemapUrl     the sitemap's address, for robots.txt
 * @param socialImage    the picture the page is shared with ({@code og:image}): its card or the article's own picture,
 *                       or null (cards turned off and no picture of its own) ({@link ShareImages})
 */
public record PageModel(String lang, LanguageView language, String type, String title, String summary, String url, String canonical, String siteUrl, List<Alternate> alternates, List<SwitchOption> switcher, DateText date, DateText updated, String readingTime, String wordCount, List<String> tags, AuthorCard author, AuthorCard basedOn, LegalNotice legalNotice, OutdatedNotice outdatedNotice, Boolean draft, List<Card> related, HomeView home, QuizView quiz, ArchiveView archive, List<LanguageChoice> languages, FeedView feed, List<SitemapEntry> sitemap, String sitemapUrl, SocialImage socialImage) implements Serializable {

    private static final RecordComponent[] COMPONENTS = PageModel.class.getRecordComponents();

    /** A builder with the values every page has; the others stay null (lists empty) unless set. */
    public static Builder builder(String lang, LanguageView language, String type, String title, String url, String canonical, String siteUrl) {
        Builder b = new Builder();
        b.lang = lang;
        b.language = language;
        b.type = type;
        b.title = title;
        b.url = url;
        b.canonical = canonical;
        b.siteUrl = siteUrl;
        return b;
    }

    /**
     * Every card of another page that this page shows: its related articles, its home lists (the
     * newest articles, those in other languages only, the quiz) and its archive page. A retitled
     * article changes exactly the pages whose cards show it, and the preview remakes only those: a
     * new part of a page that shows another page's title, summary or reading time must show it as a
     * card listed here.
     */
    public List<Card> cards() {
        List<Card> cards = new ArrayList<>(related);
        if (home != null) {
            cards.addAll(home.latest());
            home.otherLanguageOnly().forEach(other -> cards.add(other.card()));
            if (home.quiz() != null) {
                cards.add(home.quiz());
            }
        }
        if (archive != null) {
            cards.addAll(archive.articles());
        }
        return cards;
    }

    /**
     * Puts every value but {@code type} (JBake's own field) into JBake's document model as
     * {@code content.<name>}, each wrapped by {@code wrapper} (one that shows records' components as
     * properties), so that JBake's object wrapper passes them through as they are. Every component of
     * this record is put by its own name, so a new one reaches the templates without being listed here.
     */
    public void into(Map<String, Object> content, ObjectWrapper wrapper) {
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals("type")) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(this);
                if (value != null) {
                    content.put(component.getName(), wrapper.wrap(value));
                }
            } catch (ReflectiveOperationException | TemplateModelException | RuntimeException e) {
                throw new IllegalStateException(handOverFailure(component, e), e);
            }
        }
    }

    /** What a developer needs when a component cannot reach the templates: which one, of which page, why, and where to look. */
    private String handOverFailure(RecordComponent component, Exception e) {
        Throwable cause = e instanceof InvocationTargetException target && target.getCause() != null ? target.getCause() : e;
        return "cannot hand the page model's " + component.getName() + " (" + component.getType().getSimpleName() + ") of the page " + url
                + " to the templates as content." + component.getName() + ": " + cause + " (reading it, or Freemarker's object wrapper"
                + " wrapping it, failed: look at that type and the types inside it, which templates read as public records)";
    }

    /** Sets the values a page has besides those every page has. */
    public static final class Builder {
        private String lang;
        private LanguageView language;
        private String type;
        private String title;
        private String summary;
        private String url;
        private String canonical;
        private String siteUrl;
        private List<Alternate> alternates = List.of();
        private List<SwitchOption> switcher;
        private DateText date;
        private DateText updated;
        private String readingTime;
        private String wordCount;
        private List<String> tags = List.of();
        private AuthorCard author;
        private AuthorCard basedOn;
        private LegalNotice legalNotice;
        private OutdatedNotice outdatedNotice;
        private Boolean draft;
        private List<Card> related = List.of();
        private HomeView home;
        private QuizView quiz;
        private ArchiveView archive;
        private List<LanguageChoice> languages;
        private FeedView feed;
        private List<SitemapEntry> sitemap;
        private String sitemapUrl;
        private SocialImage socialImage;

        private Builder() {
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder alternates(List<Alternate> value) {
            this.alternates = value;
            return this;
        }

        public Builder switcher(List<SwitchOption> value) {
            this.switcher = value;
            return this;
        }

        public Builder date(DateText value) {
            this.date = value;
            return this;
        }

        public Builder updated(DateText value) {
            this.updated = value;
            return this;
        }

        public Builder readingTime(String value) {
            this.readingTime = value;
            return this;
        }

        public Builder wordCount(String value) {
            this.wordCount = value;
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public Builder author(AuthorCard value) {
            this.author = value;
            return this;
        }

        public Builder basedOn(AuthorCard value) {
            this.basedOn = value;
            return this;
        }

        public Builder legalNotice(LegalNotice value) {
            this.legalNotice = value;
            return this;
        }

        public Builder outdatedNotice(OutdatedNotice value) {
            this.outdatedNotice = value;
            return this;
        }

        /** Marks a draft's page; a published page's model has no value here (null, not false). */
        public Builder draft() {
            this.draft = Boolean.TRUE;
            return this;
        }

        public Builder related(List<Card> value) {
            this.related = value;
            return this;
        }

        public Builder home(HomeView value) {
            this.home = value;
            return this;
        }

        public Builder quiz(QuizView value) {
            this.quiz = value;
            return this;
        }

        public Builder archive(ArchiveView value) {
            this.archive = value;
            return this;
        }

        public Builder languages(List<LanguageChoice> value) {
            this.languages = value;
            return this;
        }

        public Builder feed(FeedView value) {
            this.feed = value;
            return this;
        }

        public Builder sitemap(List<SitemapEntry> value) {
            this.sitemap = value;
            return this;
        }

        public Builder sitemapUrl(String value) {
            this.sitemapUrl = value;
            return this;
        }

        public Builder socialImage(SocialImage value) {
            this.socialImage = value;
            return this;
        }

        public PageModel build() {
            return new PageModel(lang, language, type, title, summary, url, canonical, siteUrl, alternates, switcher, date, updated, readingTime, wordCount, tags, author, basedOn, legalNotice, outdatedNotice, draft, related, home, quiz, archive, languages, feed, sitemap, sitemapUrl, socialImage);
        }
    }
}
