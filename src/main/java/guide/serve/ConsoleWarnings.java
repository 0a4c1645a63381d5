package guide.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the preview's console says of a build's warnings, after its "Build N: …" line. An editor who
 * renames {@code tags=} to {@code tag=} must hear of it as {@code ./guide build} would say it, but not
 * have the same draft's warning repeated in full on every save: the warnings are listed, one a line
 * as {@code ./guide build} lists them, whenever they differ from those the console last listed (a
 * failed build lists its own); otherwise one line says that they are the same, or that they are gone.
 */
final class ConsoleWarnings {
    private List<String> told = List.of();

    /** The line for a build that succeeded ({@code built}: "Build 2: 16 pages in 0.1 s"), and the warnings when they changed. */
    String afterSuccess(String built, List<String> warnings) {
        List<String> before = told;
        told = List.copyOf(warnings);
        int n = warnings.size();
        if (n == 0) {
            return before.isEmpty() ? built + "\n"
                    : built + (before.size() == 1 ? ", and the warning is gone\n" : ", and the " + before.size() + " warnings are gone\n");
        }
        if (warnings.equals(before)) {
            return built + (n == 1 ? ", with the same warning as before\n" : ", with the same " + n + " warnings as before\n");
        }
        Set<String> listed = new HashSet<>(before);
        long fresh = warnings.stream().filter(w -> !listed.contains(w)).count();
        StringBuilder said = new StringBuilder(built).append(", with ").append(n).append(n == 1 ? " warning" : " warnings");
        if (fresh > 0 && fresh < n) {
            said.append(" (").append(fresh).append(" new)");
        }
        said.append(":\n");
        warnings.forEach(w -> said.append("    ").append(w).append('\n'));
        return said.toString();
    }

    /** A failed build's warnings, which the console lists under its problems ({@code BuildFailure#print}). */
    void afterFailure(List<String> warnings) {
        told = List.copyOf(warnings);
    }
}
