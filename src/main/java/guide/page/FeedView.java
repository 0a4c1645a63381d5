package guide.page;

import java.io.Serializable;
import java.util.List;

/** A language's Atom feed: its newest articles ({@code site.feed.limit}); {@code updated}, the latest change of any of them. */
public record FeedView(String updated, String feedUrl, String homeUrl, List<Entry> entries) implements Serializable {

    /**
     * One entry in the feed; {@code id} its permanent id ({@link EntryIds}), {@code url} its page's absolute address, {@code date} its publication and {@code updated}
     * when its text last changed ({@code updated=}, else the publication date).
     */
    public record Entry(String id, String title, String url, String summary, String date, String updated, String author) implements Serializable {
    }
}
