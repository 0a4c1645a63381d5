package guide.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 11's targets beside what one benchmark run measured, each with its verdict, printed last so a
 * run that misses one says so in its last lines (a preview at 1.4 s a save was once one median among
 * some forty figures). Only what the run measured is judged; the rest is left out.
 */
final class IssueTargets {
    private final List<String> lines = new ArrayList<>();

    /** A target the measured value meets when it is at most {@code limit}; NaN means not measured. */
    IssueTargets atMost(String what, double measured, double limit, String unit, int decimals) {
        return add(what, measured, "at most", limit, unit, decimals, measured <= limit);
    }

    /** A target the measured value meets when it is below {@code limit}; NaN means not measured. */
    IssueTargets below(String what, double measured, double limit, String unit, int decimals) {
        return add(what, measured, "below", limit, unit, decimals, measured < limit);
    }

    private IssueTargets add(String what, double measured, String bound, double limit, String unit, int decimals, boolean met) {
        if (!Double.isNaN(measured)) {
            String format = "%." + decimals + "f";
            lines.add(String.format(Locale.ROOT, "- %s: " + format + " %s (target: %s " + format + " %s): %s",
                    what, measured, unit, bound, limit, unit, met ? "met" : "MISSED"));
        }
        return this;
    }

    /** The lines, headed, or nothing when the run measured none of the targets. */
    List<String> lines() {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        all.add("Issue 11's targets, as this run measured them:");
        all.addAll(lines);
        return all;
    }
}
