package guide.translation.xliff;

import guide.translation.GitHistory;
import guide.translation.StampedSource;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an export needs to tell, in a note beside each unit to review, what changed in its source since the translation's stamp:
 * where the stamped source is looked for ({@code lookup}: {@link StampedSource.Lookup#NONE} to show edited text as it is now),
 * and what the project's git history is ({@code history}), whose reason the note gives when the stamped text is not found. An
 * export without notes takes none of this ({@link XliffExporter#export(guide.content.ContentDocument, java.util.Optional, String,
 * String)}).
 */
public record ChangeNotes(StampedSource.Lookup lookup, GitHistory history) {
    public ChangeNotes {
        Objects.requireNonNull(lookup, "lookup (StampedSource.Lookup.NONE for none)");
        Objects.requireNonNull(history, "history");
    }

    /** Notes from the git history of the project in {@code projectDir}. */
    public static ChangeNotes of(Path projectDir) {
        return new ChangeNotes(StampedSource.Lookup.git(projectDir), GitHistory.of(projectDir));
    }
}
