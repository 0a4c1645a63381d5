package guide.dashboard;

import guide.content.ContentDocument;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date a page's header gives it, as readers see it, and which one it is: its {@code updated=}
 * ("updated"), else its {@code date=} ("published"); a draft's is "dated", since readers have seen
 * neither (its {@code updated=} if it has one, else its {@code date=}).
 * Not when the file was last saved: an edit without a new {@code updated=} leaves it as it was, and
 * what changed since a translation is what the dashboard lists under the entry.
 *
 * @param date the date
 * @param verb "updated", "published" or "dated", to go before it
 */
public record HeaderDate(LocalDate date, String verb) {

    /** The page's header date, or null when it has none. */
    static HeaderDate of(ContentDocument doc) {
        String updated = doc.frontMatter().get("updated");
        if (updated != null) {
            try {
                return new HeaderDate(LocalDate.parse(updated), doc.draft() ? "dated" : "updated");
            } catch (DateTimeParseException e) {
                // an unreadable updated= is the build's to report; the page's date= still says something
            }
        }
        return doc.date() == null ? null : new HeaderDate(doc.date(), doc.draft() ? "dated" : "published");
    }
}
