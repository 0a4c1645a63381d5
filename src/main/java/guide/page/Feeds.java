package guide.page;

import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.SiteConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A language's Atom feed: its newest {@code site.feed.limit} articles, the quiz among them ({@link ArticleIndex#listed}).
 * The feed's {@code <updated>} is the latest change of its entries; a language with none yet (one just added, with its
 * home and about pages only) takes its home page's date, which feed readers show as the feed's, rather than a made-up one.
 */
public final class Feeds {
    /** The feed's file name in each language's folder; templates link it through {@link LanguageView#feedPath()}. */
    public static final String FILE = "feed.xml";
    private final SiteConfig config;
    private final ArticleIndex index;
    private final Authors authors;
    private final Typesetter typesetter;
    private final List<ContentDocument> published;
    private final EntryIds ids;

    /**
     * @param published  the documents readers see, whose home pages date a feed without entries
     * @param typesetter sets an entry's title and summary in their language's typography, as feed readers show them */
    public Feeds(SiteConfig config, ArticleIndex index, Authors authors, Typesetter typesetter, List<ContentDocument> published) {
        this.config = config;
        this.index = index;
        this.authors = authors;
        this.typesetter = typesetter;
        this.published = published;
        this.ids = new EntryIds(config.baseUrl());
    }

    /** The site path of a language's feed, e.g. {@code /pl/feed.xml}. */
    public static String path(String lang) {
        return "/" + lang + "/" + FILE;
    }

    public FeedView of(String lang) {
        List<FeedView.Entry> entries = new ArrayList<>();
        LocalDate updated = LocalDate.MIN;
        List<ContentDocument> newest = index.listed(lang);
        for (ContentDocument doc : newest.subList(0, Math.min(config.feedLimit(), newest.size()))) {
            String author = authors.get(doc.author()).map(a -> typesetter.text(lang, a.names().get(lang))).orElse("");
            entries.add(new FeedView.Entry(ids.of(doc), typesetter.text(lang, doc.title()), config.baseUrl() + doc.url(),
                    typesetter.text(lang, doc.summary()), doc.date().toString(), doc.updated().toString(), author));
            updated = doc.updated().isAfter(updated) ? doc.updated() : updated;
        }
        if (entries.isEmpty()) {
            updated = published.stream().filter(d -> d.lang().equals(lang) && d.type() == DocumentType.HOME).map(ContentDocument::updated)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        }
        return new FeedView(updated.toString(), config.baseUrl() + path(lang), config.baseUrl() + "/" + lang + "/", List.copyOf(entries));
    }
}
