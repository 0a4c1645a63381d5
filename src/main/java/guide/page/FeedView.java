package guide.page;

import java.io.Serializable;
import java.util.List;

/** A language's Atom feed: its newest articles ({@code site.feed.limit}). */
public record FeedView(String updated, String feedUrl, String homeUrl, List<Entry> entries) implements Serializable {

    /** One article in the feed; {@code url} is absolute. */
    public record Entry(String title, String url, String summary, String date, String author) implements Serializable {
    }
}
