package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;

import java.util.Optional;

/**
 * The address of a page that comes from its type, not from its file name: a language's home page is at {@code /de/}
 * and its not-found page at {@code /de/404.html}, whatever their files are called. A new translation of such a page
 * needs no name in its language, so where the report and the dashboard ask for the new page's address in the
 * language's words for other pages, they suggest its source's name ({@code index}, {@code 404}) and say where its
 * address comes from; the XLIFF import keeps the source's file name for it without asking.
 *
 * @param kind    what the page is, as messages name it: "home page", "not-found page"
 * @param address its address in the translation's language: {@code /de/}
 * @param name    a file name for the translation: its source's ({@code index})
 */
public record TypeAddress(String kind, String address, String name) {

    /** For a translation of {@code source} into {@code lang}: where its type puts it; empty for a page its file name puts. */
    public static Optional<TypeAddress> of(ContentDocument source, String lang) {
        String kind = source.type() == DocumentType.HOME ? "home page" : source.type() == DocumentType.NOTFOUND ? "not-found page" : null;
        if (kind == null) {
            return Optional.empty();
        }
        String own = "/" + source.lang() + "/";
        String address = source.url().startsWith(own) ? "/" + lang + "/" + source.url().substring(own.length()) : source.url();
        return Optional.of(new TypeAddress(kind, address, source.slug()));
    }

    /** "a home page's address comes from its type, not its file name, so the German one is at /de/" */
    public String reason(String languageName) {
        return "a " + kind + "'s address comes from its type, not its file name, so the " + languageName + " one is at " + address;
    }
}
