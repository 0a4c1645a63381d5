package guide.page;

import guide.content.ContentDocument;

import java.net.URI;
import java.util.Locale;

/**
 * The permanent id of an article's Atom entry (RFC 4287 §4.2.6: an entry's id never changes, and is never another
 * entry's), a tag: URI (RFC 4151) of the site's host, the article's publication date, its language and its
 * translationKey: {@code tag:example.org,2026-11-03:pl/pricing-a-project}. Its address would not do: a page renamed
 * with {@code aliases=} gets a new one, and feed readers, which tell entries apart by id alone, would show it as a new
 * article. The translationKey is what the guide already knows a page by across renames (a language has one page of a
 * key); the date keeps a key freed by a deleted page and taken by a new one from naming the old entry.
 */
final class EntryIds {
    private final String host;

    /** @param baseUrl the site's base URL, whose host names the entries (a path after it, for a site in a folder, does not) */
    EntryIds(String baseUrl) {
        this.host = URI.create(baseUrl).getHost().toLowerCase(Locale.ROOT);
    }

    String of(ContentDocument article) {
        return "tag:" + host + "," + article.date() + ":" + article.lang() + "/" + article.translationKey();
    }
}
