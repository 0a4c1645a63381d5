package guide.check;

import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.image.CardRenderer;
import guide.image.CardStyle;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The build's warning for a title longer than 100 characters, at its {@code title=} line: how long it is, where it is
 * cut (search results, link previews; the share link to X and the social card once they break) and what to do.
 */
class LongTitlesTest {
    private static final String WORDS = "Jak zakończyć współpracę z klientem w trzech krokach i nie stracić dobrej opinii, poleceń ani pieniędzy"
            + " za ostatnie tygodnie pracy, zanim klient zmieni zdanie o umowie, którą podpisaliście na samym początku wspólnej drogi"
            + " zawodowej, i co zrobić potem z jego danymi, kopiami zapasowymi, hasłami oraz dostępami do kont w serwisach";
    private static final LongTitles CHECK = new LongTitles(() -> (lang, text) -> text, new CardRenderer(CardStyle.DEFAULT)::titleLines);

    private static String title(int length) {
        String start = WORDS.substring(0, length - 1);
        return (start.endsWith(" ") ? start.strip() + "a" : start) + ".";
    }

    private static List<String> warnings(TestDocument... documents) {
        return CHECK.of(List.of(documents).stream().map(TestDocument::build).toList()).stream().map(Problem::toString).toList();
    }

    @Test
    void aTitleOfAHundredCharactersIsQuietAndOneMoreIsNamedAtItsLine() {
        assertEquals(List.of("content/pl/dlugi.md:1: warning: the title is 101 characters long: search results show about the first 60"
                        + " and link previews about the first 100: shorten it to 100 characters at most, and say the rest in summary="),
                warnings(TestDocument.article("pl", "krotki").title(title(100)), TestDocument.article("pl", "dlugi").title(title(101))));
    }

    /** A typesetter is costly to make: none for a build without a long title, one for all of them. */
    @Test
    void theTypesetterIsMadeOnlyForALongTitleAndOnceForThemAll() {
        AtomicInteger made = new AtomicInteger();
        LongTitles check = new LongTitles(() -> {
            made.incrementAndGet();
            return (lang, text) -> text;
        }, null);
        check.of(List.of(TestDocument.article("pl", "krotki").title(title(100)).build()));
        assertEquals(0, made.get(), "no title over 100 characters");
        assertEquals(2, check.of(List.of(TestDocument.article("pl", "a").title(title(101)).build(),
                TestDocument.article("pl", "b").title(title(300)).build())).size());
        assertEquals(1, made.get(), "two long titles");
    }

    @Test
    void aTitleTooLongForXAndTheCardSaysWhatBreaks() {
        String title = title(300);
        List<String> found = warnings(TestDocument.article("pl", "bardzo-dlugi").title(title));
        assertEquals(1, found.size(), found.toString());
        assertEquals("content/pl/bardzo-dlugi.md:1: warning: the title is 300 characters long: search results show about the first 60"
                + " and link previews about the first 100; its share link to X makes a post of 324 characters, over X's 280, which X will not post;"
                + " the social card cuts it short, its last line reading \"zawodowej, i co zrobić potem z jego danymi…\": shorten it to 100"
                + " characters at most, and say the rest in summary=", found.get(0));
    }

    @Test
    void theTitleOfTheTaskBuildsAWarningThoughNothingIsBrokenYet() {
        assertEquals(List.of("content/en/long.md:1: warning: the title is 230 characters long: search results show about the first 60"
                        + " and link previews about the first 100: shorten it to 100 characters at most, and say the rest in summary="),
                warnings(TestDocument.article("en", "long").title(title(230))));
    }

    @Test
    void aPageHasNoShareLinksAndAnOwnPictureNoCard() {
        String title = title(300);
        String found = warnings(TestDocument.article("en", "page").type(DocumentType.PAGE).title(title).header("image", "/images/desk.jpg")).get(0);
        assertEquals("content/en/page.md:1: warning: the title is 300 characters long: search results show about the first 60"
                + " and link previews about the first 100: shorten it to 100 characters at most, and say the rest in summary=", found);
    }

    @Test
    void xCountsAnEllipsisAndEmojiTwiceAndLettersQuotesAndDashesOnce() {
        assertEquals(8, LongTitles.xLength("„Żółw” –"));
        assertEquals(3, LongTitles.xLength("a…"));
        assertEquals(3, LongTitles.xLength("\uD83D\uDE00a"));
    }

    /** twitter-text's weighting (its v3 configuration): ranges counted once, everything else twice, at each range's edges. */
    @Test
    void xCountsOnceExactlyTheRangesOfTwitterText() {
        int[][] ranges = {{0, 0x10FF}, {0x2000, 0x200D}, {0x2010, 0x201F}, {0x2032, 0x2037}};
        for (int[] range : ranges) {
            assertEquals(1, LongTitles.xLength(Character.toString(range[0])), Integer.toHexString(range[0]));
            assertEquals(1, LongTitles.xLength(Character.toString(range[1])), Integer.toHexString(range[1]));
            assertEquals(2, LongTitles.xLength(Character.toString(range[1] + 1)), Integer.toHexString(range[1] + 1));
            if (range[0] > 0) {
                assertEquals(2, LongTitles.xLength(Character.toString(range[0] - 1)), Integer.toHexString(range[0] - 1));
            }
        }
    }

    /** X takes 280 characters, the address counting 23 and a space before it: a title of 256 fits, one of 257 does not. */
    @Test
    void aPostOfExactly280CharactersIsStillSent() {
        String fits = "a".repeat(256);
        assertEquals(-1, warnings(TestDocument.article("en", "fits").title(fits)).get(0).indexOf("share link to X"));
        assertEquals(true, warnings(TestDocument.article("en", "over").title(fits + "a")).get(0)
                .contains("its share link to X makes a post of 281 characters, over X's 280"));
    }
}
