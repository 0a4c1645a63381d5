package guide.image;

import com.ibm.icu.util.ULocale;
import guide.html.Typography;
import guide.site.Language;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a title is set on a card: whole words only, the largest size that fits, an ellipsis only when it must. */
class TitleLayoutTest {
    private static final int WIDTH = 1040;
    private static final int HEIGHT = 330;
    private final TitleLayout layout = new TitleLayout(CardFonts.bold(), TextMask.FRC, WIDTH, HEIGHT, 76, 48, 1.14f);

    private static final List<String> TITLES = List.of(
            "Jak zakończyć współpracę z klientem w 3 krokach",
            "5 oznak, że czas rozstać się z klientem (i jak to zrobić)",
            "Jak rozstać się z klientem, który nie płaci, przesuwa terminy i żąda poprawek bez końca – i nie spalić za sobą mostów",
            "How to Part Ways with a Client Who Doesn't Pay, Keeps Moving Deadlines and Asks for Endless Revisions – Without Burning Bridges",
            "Zażółć gęślą jaźń",
            "Przewodnik freelancera · The Freelancer's Guide");

    @Test
    void titlesThatFitKeepEveryWordWholeAndInOrder() {
        for (String title : TITLES) {
            TitleLayout.Lines lines = layout.layout(title);
            assertFalse(lines.shortened(), title);
            assertEquals(title, String.join(" ", lines.lines()).replace('\u00a0', ' '), "broken only between words: " + lines.lines());
            assertFits(lines);
        }
    }

    @Test
    void aLineNeverBreaksAtANoBreakSpaceAndADashOrSeparatorStaysWithThePrevious() {
        // A title comes typeset in its language: the Polish rule puts a no-break space after a one-letter word, where no line may break.
        Typography polish = new Typography(new Language("pl", new ULocale("pl"), "ltr", "Latin-ASCII",
                List.of(Language.TypographyRule.SINGLE_LETTER_WORDS, Language.TypographyRule.NUMBERS), List.of()));
        for (String title : TITLES) {
            for (String line : layout.layout(polish.apply(title)).lines()) {
                String[] words = line.split(" ");
                String last = words[words.length - 1];
                assertFalse(last.length() == 1 && Character.isLetterOrDigit(last.charAt(0)), "a line ends with a one-letter word: " + line);
                assertFalse(line.startsWith("\u2013") || line.startsWith("\u00b7"), "a line starts with a dash or separator: " + line);
            }
        }
    }

    @Test
    void wordsBreakOnlyAtOrdinarySpacesAndJoinADashToTheWordBefore() {
        assertEquals(List.of("Fire", "a", "client", "today"), TitleLayout.words("Fire a client today"), "no one-letter rule of its own");
        assertEquals(List.of("Praca", "w\u00a0weekend"), TitleLayout.words("Praca w\u00a0weekend"), "the language's no-break space holds");
        assertEquals(List.of("Przewodnik\u00a0\u00b7", "Guide"), TitleLayout.words("Przewodnik \u00b7 Guide"));
    }

    @Test
    void shortTitlesAreLargeAndLongOnesSmaller() {
        TitleLayout.Lines shortOne = layout.layout("Krótko");
        assertEquals(List.of("Krótko"), shortOne.lines());
        assertEquals(76f, shortOne.fontSize());
        TitleLayout.Lines longOne = layout.layout(TITLES.get(2));
        assertTrue(longOne.fontSize() < 76f && longOne.lines().size() >= 3, longOne.toString());
    }

    @Test
    void linesAreBalancedNotGreedy() {
        // Greedy wrapping would fill the first line and leave "krokach" and little else on the second.
        TitleLayout.Lines lines = layout.layout("Jak zakończyć współpracę z klientem w 3 krokach");
        assertEquals(2, lines.lines().size());
        double first = width(lines, 0);
        double second = width(lines, 1);
        assertTrue(Math.abs(first - second) < 0.35 * Math.max(first, second), lines.lines().toString());
    }

    @Test
    void aTitleTooLongForTheCardEndsWithAnEllipsisAfterAWholeWord() {
        String title = String.join(" ", Collections.nCopies(12, "Bardzo długi tytuł, który się nie mieści."));
        TitleLayout.Lines lines = layout.layout(title);
        assertTrue(lines.shortened());
        assertEquals(48f, lines.fontSize());
        String last = lines.lines().get(lines.lines().size() - 1);
        assertTrue(last.endsWith("\u2026"), last);
        List<String> words = Arrays.asList(title.split(" "));
        List<String> shown = Arrays.asList(String.join(" ", lines.lines()).replace("\u2026", "").replace('\u00a0', ' ').split(" "));
        String lastShown = shown.get(shown.size() - 1);
        assertEquals(words.subList(0, shown.size() - 1), shown.subList(0, shown.size() - 1), "whole words, in order");
        assertTrue(words.get(shown.size() - 1).startsWith(lastShown) && words.get(shown.size() - 1).replaceAll("[,.]$", "").equals(lastShown),
                "the last word is whole (only its punctuation goes): " + lastShown);
        assertFits(lines);
    }

    @Test
    void aWordLongerThanALineIsSetSmallerNeverCut() {
        String word = "Konstantynopolitańczykowianeczkakonstantynopolitańczykowianeczka";
        TitleLayout.Lines lines = layout.layout(word);
        assertEquals(List.of(word), lines.lines());
        assertTrue(lines.fontSize() < 48f);
        assertFits(lines);
    }

    @Test
    void noEllipsisForATitleThatFitsAtTheSmallestSize() {
        TitleLayout.Lines lines = layout.layout(TITLES.get(3));
        assertFalse(String.join("", lines.lines()).contains("\u2026"));
    }

    private void assertFits(TitleLayout.Lines lines) {
        for (int i = 0; i < lines.lines().size(); i++) {
            assertTrue(width(lines, i) <= WIDTH, "too wide: " + lines.lines().get(i));
        }
        assertTrue(lines.lines().size() * lines.fontSize() * 1.14f <= HEIGHT + 0.01, "too many lines: " + lines);
    }

    private static double width(TitleLayout.Lines lines, int i) {
        Font font = CardFonts.bold().deriveFont(lines.fontSize());
        return font.getStringBounds(lines.lines().get(i), TextMask.FRC).getWidth();
    }
}
