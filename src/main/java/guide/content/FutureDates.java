package guide.content;

import guide.site.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's warning for a published page dated after the day of the build. A static build has
 * no scheduler: the page is online as soon as the site is published, and readers see a date that
 * has not come yet (it also tops the home page and the feed). Hugo leaves such pages out and
 * WordPress schedules them; the guide publishes what it is given, the same site whatever the day,
 * so that an unchanged project always builds to the same files, and says so at the date's line,
 * with the way to hold a page back ({@code status=draft}).
 */
public final class FutureDates {
    private FutureDates() {
    }

    /** A warning for each published document whose {@code date=} or {@code updated=} is after {@code today}. */
    public static List<Problem> of(List<ContentDocument> documents, LocalDate today) {
        List<Problem> warnings = new ArrayList<>();
        for (ContentDocument doc : documents) {
            if (doc.draft()) {
                continue;
            }
            if (doc.date().isAfter(today)) {
                warnings.add(Problem.warning(doc.source(), doc.frontMatter().lineOf("date"), "date=" + doc.date()
                        + " is after today (" + today + "): this build includes the page now, showing a date that has not come yet;"
                        + " to hold it back, set status=draft and publish it on that day"));
            } else if (doc.updated().isAfter(today)) {
                warnings.add(Problem.warning(doc.source(), doc.frontMatter().lineOf("updated"), "updated=" + doc.updated()
                        + " is after today (" + today + "): readers see an update that has not happened yet;"
                        + " write the day the page changed (today or earlier)"));
            }
        }
        return warnings;
    }
}
