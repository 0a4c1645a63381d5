package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.ReadingTime;
import guide.i18n.UiStrings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles as lists show them ({@link Card}), and reading times; each worked out once per build
 * (reading times once per document version, in the preview).
 */
public final class Cards {
    private final UiStrings ui;
    private final Dates dates;
    private final DocumentMemo<Integer> minutes;
    private final Typesetter typesetter;
    private final Map<String, Card> cards = new ConcurrentHashMap<>();

    /**
     * @param minutes    reading minutes remembered for unchanged documents (the preview keeps them between builds)
     * @param typesetter sets a card's title and summary in their language's typography
     */
    public Cards(UiStrings ui, Dates dates, DocumentMemo<Integer> minutes, Typesetter typesetter) {
        this.ui = ui;
        this.dates = dates;
        this.minutes = minutes;
        this.typesetter = typesetter;
    }

    public Card of(ContentDocument doc) {
        return cards.computeIfAbsent(doc.outputPath(), path -> new Card(typesetter.text(doc.lang(), doc.title()), doc.url(),
                typesetter.text(doc.lang(), doc.summary()), dates.of(doc.date(), doc.lang()),
                readingTime(doc)));
    }

    /** "5 minut czytania", with the language's plural form. */
    public String readingTime(ContentDocument doc) {
        return ui.plural(doc.lang(), "readingTime", minutes(doc));
    }

    /** Minutes a reader needs for the document's text. */
    public int minutes(ContentDocument doc) {
        return minutes.get(doc, d -> ReadingTime.minutes(d.body()));
    }
}
