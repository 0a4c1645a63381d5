package guide.readme;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's quotations of the line under a page's title ("22 listopada 2026 · Zaktualizowano 7 grudnia 2026 · 12 minut
 * czytania · 2337 słów · …") and of its legal-status note ("Stan prawny na 30 listopada 2026 r. …"), checked against a
 * build of the real project. Their dates, reading times and word counts change with every edit of the text, and a
 * quotation nobody checks goes stale without a word. A quotation's "…" stands for what it leaves out: the rest must be
 * on one page's line, in that order.
 */
final class DateLineQuotes {
    /** How such a quotation begins: a date and the separator after it, a reading time, or the legal status. */
    static final Pattern START = Pattern.compile(
            "\\d{1,2} \\p{L}+ \\d{4} · |\\d+ minut\\p{L}* czytania|\\d+-minute read|Stan prawny na |The law is stated as at ");

    /** Each built page's date line and legal-status note, as readers see them (a non-breaking space read as a space), by page. */
    private final Map<String, List<String>> shown;

    private DateLineQuotes(Map<String, List<String>> shown) {
        this.shown = shown;
    }

    /** The lines of the pages built into {@code site}. */
    static DateLineQuotes in(Path site) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(file -> file.getFileName().toString().equals("index.html")).sorted().toList()) {
                List<String> lines = Jsoup.parse(Files.readString(page)).select(".article-header .meta, .legal-notice").stream()
                        .map(Element::text).map(DateLineQuotes::spaced).toList();
                if (!lines.isEmpty()) {
                    shown.put("/" + site.relativize(page.getParent()) + "/", lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DateLineQuotes(shown);
    }

    /** Each quotation of a date line or legal-status note in {@code section} is what some page of the build shows. */
    void assertQuotedIn(ReadmeSection section) {
        List<ReadmeSection.Quote> quotes = section.quotes('"', START);
        assertFalse(quotes.isEmpty(), "the README quotes no date line any more: update the test that looks for them");
        assertShown(quotes);
    }

    /** Each of {@code quotes} is what some page of the build shows. */
    void assertShown(List<ReadmeSection.Quote> quotes) {
        List<String> stale = new ArrayList<>();
        for (ReadmeSection.Quote quote : quotes) {
            List<String> parts = Arrays.stream(spaced(quote.text()).split("…")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (shown.values().stream().flatMap(List::stream).noneMatch(line -> inOrder(parts, line))) {
                stale.add("README.md:" + quote.line() + " quotes \"" + quote.text() + "\", which no page of the real build shows. "
                        + "The real line" + closest(quote.text()));
            }
        }
        if (!stale.isEmpty()) {
            fail(String.join("\n", stale) + "\n");
        }
    }

    /**
     * Each part is in the line as whole words, after the one before it: "2 listopada 2026" is not in "22 listopada 2026", nor
     * "8-minute read" in "18-minute read", nor "608 words" in "3,608 words", so a figure that lost a digit is stale.
     */
    private static boolean inOrder(List<String> parts, String line) {
        int at = 0;
        for (String part : parts) {
            int found = line.indexOf(part, at);
            while (found >= 0 && !wholeWordsAt(line, found, found + part.length())) {
                found = line.indexOf(part, found + 1);
            }
            if (found < 0) {
                return false;
            }
            at = found + part.length();
        }
        return true;
    }

    /** No word or figure of the line goes on before {@code start} or after {@code end}. */
    private static boolean wholeWordsAt(String line, int start, int end) {
        boolean startsFree = start == 0 || !(Character.isLetterOrDigit(line.charAt(start - 1)) || "-,.".indexOf(line.charAt(start - 1)) >= 0);
        return startsFree && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)));
    }

    /** The lines sharing most parts (a date, a reading time…) with the quotation, or every line if none shares one. */
    private String closest(String quote) {
        List<String> parts = Arrays.stream(spaced(quote).split(" · |…")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        long best = shown.values().stream().flatMap(List::stream).mapToLong(line -> shared(parts, line)).max().orElse(0);
        List<String> closest = new ArrayList<>();
        shown.forEach((page, lines) -> lines.stream().filter(line -> shared(parts, line) == best)
                .forEach(line -> closest.add(page + ": " + line)));
        return (closest.size() == 1 ? ":\n    " : "s:\n    ") + String.join("\n    ", closest);
    }

    private static long shared(List<String> parts, String line) {
        return parts.stream().filter(line::contains).count();
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
