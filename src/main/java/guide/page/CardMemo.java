package guide.page;

import guide.content.DocumentMemo;

/**
 * What {@link Cards} remembers of each document: its words ({@code guide.content.ReadingTime#words}), of which its
 * reading time and word count are made, which depend on its text alone, and its card, which also depends on the interface words and the settings. The preview keeps
 * one between its builds and starts a new card memo when those change (or anything else that orders
 * the site's lists: {@code guide.build.ModelMemory#models}), so a retitled article does
 * not typeset again the two thousand cards of the archive pages; a command-line build uses a new one.
 */
public record CardMemo(DocumentMemo<Integer> words, DocumentMemo<Card> cards) {

    /** Remembers nothing yet. */
    public CardMemo() {
        this(new DocumentMemo<>(), new DocumentMemo<>());
    }
}
