package guide.check;

import guide.content.ContentDocument;
import guide.image.TitleLayout;
import guide.site.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The build's warning for a title longer than {@value #LIMIT} characters, at its {@code title=} line. A title is shown
 * whole on its page, but outside it, where readers decide whether to open it, it is cut: search results show about the
 * first 60 characters of the browser tab's "title | guide's name", link previews (Facebook, LinkedIn, X) two lines
 * of {@code og:title}, and Pinterest keeps at most 100. Past {@value #LIMIT} a title is cut in all of them, so
 * {@value #LIMIT} is the line where a long title becomes a title nobody outside the page reads whole. The guide's own
 * titles are at most 58 characters, which search results already cut: a warning there would say nothing new. Two
 * things the guide makes itself break further on, and the warning names them when they do: the share link to X
 * ({@code share-links.ftl}) asks X for a post of the title, a space and the address, which X counts as
 * {@value #X_ADDRESS} characters whatever its length, so past {@value #X_TITLE} characters the post is over X's
 * {@value #X_POST} and X will not post it; and the social card ({@link guide.image.TitleLayout}) ends the title with
 * "…" when six lines at its smallest size cannot hold it.
 */
public final class LongTitles {
    /** Characters a title may have before the warning. */
    public static final int LIMIT = 100;
    static final int X_POST = 280;
    static final int X_ADDRESS = 23;
    static final int X_TITLE = X_POST - 1 - X_ADDRESS;

    private final Supplier<BiFunction<String, String, String>> typesetter;
    private final Function<String, TitleLayout.Lines> card;

    /**
     * @param typesetter makes what sets a title as readers get it, by language code ({@link guide.page.Typesetter#text}):
     *                   called once, and only when a title is too long (a typesetter is costly to make)
     * @param card       how the social card sets a typeset title, or null when the site draws no cards
     */
    public LongTitles(Supplier<BiFunction<String, String, String>> typesetter, Function<String, TitleLayout.Lines> card) {
        this.typesetter = typesetter;
        this.card = card;
    }

    /** A warning for each document, draft or not, whose title is longer than {@value #LIMIT} characters. */
    public List<Problem> of(List<ContentDocument> documents) {
        List<ContentDocument> tooLong = documents.stream().filter(doc -> length(doc) > LIMIT).toList();
        if (tooLong.isEmpty()) {
            return List.of();
        }
        BiFunction<String, String, String> typeset = typesetter.get();
        List<Problem> warnings = new ArrayList<>();
        for (ContentDocument doc : tooLong) {
            warnings.add(Problem.warning(doc.source(), doc.frontMatter().lineOf("title"), message(doc, length(doc), typeset)));
        }
        return warnings;
    }

    private static int length(ContentDocument doc) {
        return doc.title().codePointCount(0, doc.title().length());
    }

    private String message(ContentDocument doc, int length, BiFunction<String, String, String> typeset) {
        String set = typeset.apply(doc.lang(), doc.title());
        StringBuilder m = new StringBuilder("the title is " + length + " characters long: search results show about the first 60"
                + " and link previews about the first 100");
        if (doc.isArticle()) {
            int post = xLength(set.replace('\u00A0', ' ').replace('\u202F', ' ')) + 1 + X_ADDRESS;
            if (post > X_POST) {
                m.append("; its share link to X makes a post of ").append(post).append(" characters, over X's ").append(X_POST)
                        .append(", which X will not post");
            }
        }
        if (card != null && doc.frontMatter().get("image") == null) {
            TitleLayout.Lines lines = card.apply(set);
            if (lines.shortened()) {
                String last = lines.lines().get(lines.lines().size() - 1).replace('\u00A0', ' ');
                m.append("; the social card cuts it short, its last line reading \"").append(last).append('"');
            }
        }
        return m.append(": shorten it to ").append(LIMIT).append(" characters at most, and say the rest in summary=").toString();
    }

    /**
     * The length X counts for a text (twitter-text's weighting): one for a letter of the Latin, Greek, Cyrillic and other
     * scripts up to U+10FF and for common punctuation (dashes, quotes, primes), two for anything else (an ellipsis, CJK, emoji).
     */
    static int xLength(String text) {
        return text.codePoints().map(c -> c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F)
                || (c >= 0x2032 && c <= 0x2037) ? 1 : 2).sum();
    }
}
