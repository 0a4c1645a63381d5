package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.ReadingTime;
import guide.i18n.UiStrings;

/**
 * Articles as lists show them ({@link Card}), reading times and word counts; each worked out once per version
 * of a document, for as long as the {@link CardMemo} lasts (a build, or in the preview until the
 * interface words, settings, authors or pictures change, a document is added or removed, or a
 * document's address, type, date, tags, translation key, author or update date changes:
 * {@code guide.build.ModelMemory#models}).
 */
public final class Cards {
    private final UiStrings ui;
    private final Dates dates;
    private final CardMemo memo;
    private final Typesetter typesetter;

    /**
     * @param memo       words and cards remembered for unchanged documents (the preview keeps them between builds)
     * @param typesetter sets a card's title and summary in their language's typography
     */
    public Cards(UiStrings ui, Dates dates, CardMemo memo, Typesetter typesetter) {
        this.ui = ui;
        this.dates = dates;
        this.memo = memo;
        this.typesetter = typesetter;
    }

    public Card of(ContentDocument doc) {
        return memo.cards().get(doc, d -> new Card(typesetter.text(d.lang(), d.title()), d.url(),
                typesetter.text(d.lang(), d.summary()), dates.of(d.date(), d.lang()), readingTime(d)));
    }

    /**
     * The card of an article in another language, as a page in {@code lang} lists it: its title and summary as
     * written, its date and reading time in {@code lang} (the words of the page around it).
     */
    public Card of(ContentDocument doc, String lang) {
        Card card = of(doc);
        return lang.equals(doc.lang()) ? card
                : new Card(card.title(), card.url(), card.summary(), dates.of(doc.date(), lang), readingTime(doc, lang));
    }

    /**
     * "5 minut czytania", with the language's plural form; none for a quiz, which is taken, not read: how
     * long it takes is the editor's to say, in its summary and intro, and the card shows the summary.
     */
    public String readingTime(ContentDocument doc) {
        return readingTime(doc, doc.lang());
    }

    private String readingTime(ContentDocument doc, String lang) {
        return doc.type() == DocumentType.QUIZ ? null : ui.plural(lang, "readingTime", minutes(doc));
    }

    /**
     * "1240 słów", "1,240 words": the words of a content page's text, by the count its reading time is made of, with the
     * language's plural form; none for a quiz, as it has no reading time.
     */
    public String wordCount(ContentDocument doc) {
        return doc.type() == DocumentType.QUIZ ? null : ui.plural(doc.lang(), "wordCount", words(doc));
    }

    /** Minutes a reader needs for the document's text. */
    public int minutes(ContentDocument doc) {
        return ReadingTime.minutesFor(words(doc));
    }

    private int words(ContentDocument doc) {
        return memo.words().get(doc, ReadingTime::words);
    }
}
