package guide.page;

import guide.content.Author;
import guide.content.Authors;
import guide.site.SiteConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authors from {@code content/authors.yaml} as pages show them, in the page's language and its
 * typography (the author card, the credit, the structured data); once per author and language.
 */
public final class AuthorCards {
    private final SiteConfig config;
    private final Authors authors;
    private final Typesetter typesetter;
    private final Map<String, String> aboutPages;
    private final Map<String, AuthorCard> cards = new ConcurrentHashMap<>();

    /** @param aboutPages each language's published about page ({@link AboutPages}), the site's own team's page in that language */
    public AuthorCards(SiteConfig config, Authors authors, Typesetter typesetter, Map<String, String> aboutPages) {
        this.config = config;
        this.authors = authors;
        this.typesetter = typesetter;
        this.aboutPages = aboutPages;
    }

    /** The author with this id in {@code lang}, or null for no id. */
    public AuthorCard of(String id, String lang) {
        if (id == null) {
            return null;
        }
        return cards.computeIfAbsent(id + "/" + lang, k -> card(authors.get(id).orElseThrow(), lang));
    }

    private AuthorCard card(Author author, String lang) {
        return new AuthorCard(author.id(), author.schemaType(), config.baseUrl() + "/#author-" + author.id(),
                typesetter.text(lang, author.names().get(lang)), typesetter.text(lang, author.creditNames().get(lang)),
                typesetter.text(lang, author.role().get(lang)), typesetter.text(lang, author.bio().get(lang)),
                author.aboutPage() ? aboutPages.get(lang) : author.url(),
                author.profiles().stream().map(p -> new AuthorCard.Profile(p.label(), p.url())).toList());
    }
}
