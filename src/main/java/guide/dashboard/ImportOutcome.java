package guide.dashboard;

import java.util.List;

/**
 * What an import through the dashboard did, as the page shows it. A file whose translation already holds exactly what
 * it gives is not written: the outcome names such pages apart, so that an import that changed nothing says so.
 *
 * @param imported  true when the checks passed (and whatever differed was written), false when they refused the files (nothing written)
 * @param headline  one sentence, e.g. "Imported 1 translation."
 * @param messages  one line per file or problem, as {@code ./guide translations import} prints them
 * @param written   the translation files written, as the project names them ({@code content/en/about.md})
 * @param unchanged the translation files left alone because they already held what the import gives them
 */
public record ImportOutcome(boolean imported, String headline, List<String> messages, List<String> written, List<String> unchanged) {

    public ImportOutcome {
        messages = List.copyOf(messages);
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
    }

    /** An outcome that names no files apart: a refusal, or files written. */
    public ImportOutcome(boolean imported, String headline, List<String> messages) {
        this(imported, headline, messages, List.of(), List.of());
    }

    /** True when the checks passed but every page already held what its file gives: nothing was written. */
    public boolean changedNothing() {
        return imported && written.isEmpty() && !unchanged.isEmpty();
    }
}
