package guide.translation.xliff;

import guide.site.Problem;

import java.util.List;
import java.util.Optional;

/** What checking one XLIFF file for import found: the write to make, or why not. */
public record ImportResult(Optional<PlannedWrite> write, List<Problem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult refused(List<Problem> problems) {
        return new ImportResult(Optional.empty(), problems);
    }
}
