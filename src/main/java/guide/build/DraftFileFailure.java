package guide.build;

import guide.site.Problem;

import java.util.List;

/**
 * A file only drafts use that the preview cannot serve ({@link DraftFiles#at}): its photo cannot be read or its copy made (a
 * photo saved over with a damaged one since the last good build, a file removed or unreadable). What is wrong, at each draft's
 * line that shows or links to the file, as the build would name it, so the editor hears which file to fix and where it is
 * shown rather than seeing a picture silently missing.
 */
public final class DraftFileFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    DraftFileFailure(List<Problem> problems, Throwable cause) {
        super(problems.isEmpty() ? String.valueOf(cause) : problems.get(0).toString(), cause);
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, as {@code file:line: message}, at each draft's line that shows the file (at the file itself when none does). */
    public List<Problem> problems() {
        return problems;
    }
}
