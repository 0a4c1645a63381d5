package guide.translation;

import guide.site.Problem;

import java.util.List;

/**
 * The build's warnings about translation stamps that say something untrue of their file: a
 * {@code sourceRevision=} that cannot be read (a typo, a hash cut short), and one written for another
 * version than the file's (a file copied from another language's translation, not translated yet).
 * Such a page counts as outdated (an article's readers are told it may be behind its source); the
 * editor who builds the site should hear why, at the stamp's line, and how to mend it, without
 * opening the translation report, which says the same: both come from the report's decision
 * ({@link TranslationState#stamp()}), so a source, a draft or an orphan has no such warning, as the
 * report does not count it outdated.
 */
public final class StampWarnings {
    private StampWarnings() {
    }

    /** A warning for each translation of the report whose stamp is at fault, in the report's order. */
    public static List<Problem> of(TranslationReport report) {
        return report.all().stream().filter(state -> state.stamp() != null)
                .map(state -> Problem.warning(state.document().source(), state.line(),
                        state.stamp().warning(state.document().source().toString().replace('\\', '/'))))
                .toList();
    }
}
