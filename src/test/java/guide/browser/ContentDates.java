package guide.browser;

import guide.content.FrontMatterParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A page's dates as its content file gives them ({@code date=} and {@code updated=}), and as a reader of its language
 * reads them ("7 grudnia 2026", "7 December 2026"), so that a test of the date line follows an editor's edit instead of
 * turning red with it. The written form comes from the JDK's own CLDR data, not from the ICU4J the site is built with.
 */
record ContentDates(LocalDate published, LocalDate updated, Locale locale) {
    /** The dates of the content file at that path under the project's {@code content/}, e.g. {@code pl/test-czy-….md}. */
    static ContentDates of(Path project, String file) throws IOException {
        var header = FrontMatterParser.lenient(Files.readString(project.resolve("content").resolve(file)));
        String updated = header.get("updated");
        return new ContentDates(LocalDate.parse(header.get("date")), updated == null ? null : LocalDate.parse(updated),
                Locale.forLanguageTag(file.substring(0, file.indexOf('/'))));
    }

    /** The day the page was published, as its reader reads it: "24 listopada 2026". */
    String publishedText() {
        return written(published);
    }

    /** The day the page was last updated, as its reader reads it: "7 grudnia 2026". */
    String updatedText() {
        if (updated == null) {
            throw new IllegalStateException("the page has no updated= date");
        }
        return written(updated);
    }

    private String written(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }
}
