package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.translation.TranslationState.Status;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the translation report's details and of the dashboard, most urgent first. First by
 * state: outdated (readers are shown a text that may now be wrong), missing (readers of that
 * language do not get the page at all), orphaned (a published page nobody can keep in step any
 * more), draft (work under way, nothing wrong in front of readers), current. Then by kind: the quiz
 * (its scoring, bands and advice must say the same in every language, or the same answers give
 * different advice), articles (what readers come for), home pages, standing pages, the not-found
 * page. Then the translation with more changed blocks, then the source changed most recently, then
 * by title.
 */
public final class Urgency {
    private static final List<Status> STATES = List.of(Status.OUTDATED, Status.MISSING, Status.ORPHANED, Status.DRAFT, Status.CURRENT,
            Status.SOURCE);
    private static final List<DocumentType> KINDS = List.of(DocumentType.QUIZ, DocumentType.POST, DocumentType.HOME, DocumentType.PAGE,
            DocumentType.NOTFOUND);

    /** Most urgent first. */
    public static final Comparator<TranslationState> ORDER = Comparator
            .<TranslationState>comparingInt(s -> STATES.indexOf(s.status()))
            .thenComparingInt(s -> KINDS.contains(shown(s).type()) ? KINDS.indexOf(shown(s).type()) : KINDS.size())
            .thenComparing(Comparator.<TranslationState>comparingInt(s -> s.changes().size()).reversed())
            .thenComparing(s -> s.source() == null ? LocalDate.MIN : s.source().updated(), Comparator.reverseOrder())
            .thenComparing(s -> shown(s).title())
            .thenComparing(TranslationState::lang);

    private Urgency() {
    }

    /** The states in the order the dashboard ranks them, without {@code source}. */
    public static List<Status> states() {
        return STATES.subList(0, STATES.size() - 1);
    }

    /** The document a state is listed by: the translation, or the source when there is none. */
    private static ContentDocument shown(TranslationState state) {
        return state.document() != null ? state.document() : state.source();
    }
}
