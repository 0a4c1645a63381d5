package guide.check;

import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.image.CardRenderer;
import guide.image.CardStyle;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The build's warning for a title longer than 100 characters, at its {@code title=} line: how long it is, where it is
 * cut (search results, link previews; the share link to X and the social card once they break) and what to do.
 */
class LongTitlesTest {
    private static final String WORDS = "Jak zakończyć współpracę z klientem w trzech krokach i nie stracić dobrej opinii, poleceń ani pieniędzy"
            + " za ostatnie tygodnie pracy, zanim klient zmieni zdanie o umowie, którą podpisaliście na samym początku wspólnej drogi"
            + " zawodowej, i co zrobić potem z jego danymi, kopiami zapasowymi, hasłami oraz dostępami do kont w serwisach";
    private static final LongTitles CHECK = new LongTitles((lang, text) -> text, new CardRenderer(CardStyle.DEFAULT)::titleLines);

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

    @Test
    void aTitleTooLongForXAndTheCardSaysWhatBreaks() {
        String title = title(300);
        List<String> found = warnings(TestDocument.article("pl", "bardzo-dlugi").title(title));
        assertEquals(1, found.size(), found.toString());
        assertEquals("content/pl/bardzo-dlugi.md:1: warning: the title is 300 characters long: search results show about the first 60"
                + " and link previews about the first 100; its share link to X makes a post of 324 characters, over X's 280, which X will not send;"
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
}
