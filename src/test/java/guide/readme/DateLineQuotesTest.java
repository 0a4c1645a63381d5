package guide.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A README quotation of a date line passes only when a page shows it: a figure that lost a digit ("2 listopada" for
 * "22 listopada", "8-minute read" for "18-minute read") is as stale as any other, though its text is in the real line.
 */
class DateLineQuotesTest {
    private static DateLineQuotes site(Path temp) throws IOException {
        Path page = temp.resolve("pl/5-oznak/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<div class=article-header><p class=meta>22 listopada 2026 · Zaktualizowano 7 grudnia 2026 ·"
                + " 16&nbsp;minut czytania · 3242 słowa</p></div><p>Tekst.</p>");
        Path english = temp.resolve("en/5-signs/index.html");
        Files.createDirectories(english.getParent());
        Files.writeString(english, "<div class=article-header><p class=meta>20 November 2026 · 18-minute read · 3,608 words</p></div>");
        return DateLineQuotes.in(temp);
    }

    private static ReadmeSection.Quote quote(String text) {
        return new ReadmeSection.Quote(176, text);
    }

    @Test
    void aQuotationOfThePagesLineOrOfItsPartsInOrderPasses(@TempDir Path temp) throws IOException {
        DateLineQuotes quotes = site(temp);
        quotes.assertShown(List.of(quote("22 listopada 2026 · Zaktualizowano 7 grudnia 2026 · 16 minut czytania · 3242 słowa"),
                quote("16 minut czytania · 3242 słowa"), quote("22 listopada 2026 · … · 3242 słowa"), quote("18-minute read · 3,608 words")));
    }

    @Test
    void aFigureThatLostADigitIsStale(@TempDir Path temp) throws IOException {
        DateLineQuotes quotes = site(temp);
        for (String stale : List.of("2 listopada 2026 · Zaktualizowano 7 grudnia 2026", "6 minut czytania · 3242 słowa",
                "16 minut czytania · 324", "8-minute read · 3,608 words", "608 words", "22 listopada 2026 · … · 242 słowa")) {
            AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> quotes.assertShown(List.of(quote(stale))), stale);
            assertTrue(failure.getMessage().startsWith("README.md:176 quotes \"" + stale + "\", which no page of the real build shows."),
                    failure.getMessage());
        }
    }
}
