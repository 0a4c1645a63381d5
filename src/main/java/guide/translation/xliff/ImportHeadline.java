package guide.translation.xliff;

import java.util.List;

/**
 * The one sentence that ends an import, on the command line and on the dashboard alike: "Imported 2
 * translations", "Imported 1 translation; 1 unchanged", or "Nothing changed in content/en/about.md"
 * when every page already held its file's text. Counting an unchanged page as imported told a
 * translator that a file had changed the site when it had not.
 */
public final class ImportHeadline {
    private ImportHeadline() {
    }

    /** The headline for these writes, without a full stop. */
    public static String of(List<PlannedWrite> writes) {
        List<String> unchanged = writes.stream().filter(PlannedWrite::unchanged).map(PlannedWrite::shown).toList();
        int written = writes.size() - unchanged.size();
        if (written == 0) {
            return "Nothing changed in " + String.join(", ", unchanged);
        }
        return "Imported " + written + (written == 1 ? " translation" : " translations") + (unchanged.isEmpty() ? "" : "; " + unchanged.size() + " unchanged");
    }

    /** True when the import changed at least one page. */
    public static boolean changedAny(List<PlannedWrite> writes) {
        return writes.stream().anyMatch(w -> !w.unchanged());
    }
}
