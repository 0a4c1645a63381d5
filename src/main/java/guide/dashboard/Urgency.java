package guide.dashboard;

import guide.content.DocumentType;
import guide.translation.TranslationState.Status;

import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's order, most urgent first. First by state: outdated (readers are shown a text that
 * may now be wrong), missing (readers of that language do not get the page at all), orphaned (a
 * published page nobody can keep in step any more), draft (work under way, nothing wrong in front of
 * readers), current. Then by kind: the quiz (its scoring, bands and advice must say the same in every
 * language, or the same answers give different advice), articles (what readers come for), home
 * pages, standing pages, the not-found page. Then the translation with more changed blocks, then
 * the source changed most recently, then by title.
 */
public final class Urgency {
    private static final List<Status> STATES = List.of(Status.OUTDATED, Status.MISSING, Status.ORPHANED, Status.DRAFT, Status.CURRENT,
            Status.SOURCE);
    private static final List<DocumentType> KINDS = List.of(DocumentType.QUIZ, DocumentType.POST, DocumentType.HOME, DocumentType.PAGE,
            DocumentType.NOTFOUND);

    /** Most urgent first. */
    public static final Comparator<DashboardEntry> ORDER = Comparator
            .<DashboardEntry>comparingInt(e -> STATES.indexOf(e.status()))
            .thenComparingInt(e -> KINDS.contains(e.type()) ? KINDS.indexOf(e.type()) : KINDS.size())
            .thenComparing(Comparator.<DashboardEntry>comparingInt(e -> e.changes().size()).reversed())
            .thenComparing(e -> e.sourceDate() == null ? java.time.LocalDate.MIN : e.sourceDate().date(), Comparator.reverseOrder())
            .thenComparing(DashboardEntry::title)
            .thenComparing(DashboardEntry::lang);

    private Urgency() {
    }

    /** The states in the order the dashboard ranks them, without {@code source}. */
    public static List<Status> states() {
        return STATES.subList(0, STATES.size() - 1);
    }
}
