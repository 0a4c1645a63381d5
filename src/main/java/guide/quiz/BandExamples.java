package guide.quiz;

import guide.site.Problem;

import java.util.List;

/**
 * The score range in the examples that messages about result bands give ({@code use {#id points=6-20}}), taken from the
 * quiz itself rather than a fixed {@code 0-7} that fits no quiz: the band's own range where it has one that runs forward,
 * else the range that would close the gap it stands in, between the bands around it, from 0 for the first band to the sum
 * of all points for the last. {@link ChecklistReader} writes those messages as it reads each band, before the quiz's last
 * statement and band are known, with {@link #RANGE} where the range goes; {@link #fill} puts the range in once the whole
 * quiz is read.
 */
final class BandExamples {
    /** Where a message's example range goes, {@code points=MIN-MAX} once filled. */
    static final String RANGE = "points=\u0000range";

    private BandExamples() {
    }

    /**
     * Fills in {@link #RANGE} in {@code problems} from index {@code from} on, for the band on the problem's line (or, for a
     * line above every band, the first band), {@code bands} being the quiz's in file order and {@code total} the sum of its
     * points.
     */
    static void fill(List<Problem> problems, int from, List<ResultBand> bands, int total) {
        for (int i = from; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (p.message().contains(RANGE)) {
                problems.set(i, new Problem(p.file(), p.line(), p.message().replace(RANGE, "points=" + range(bands, at(bands, p.line()), total))));
            }
        }
    }

    /** The index of the band on {@code line}, or of the first band below it; -1 for none. */
    private static int at(List<ResultBand> bands, int line) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).line() >= line) {
                return i;
            }
        }
        return -1;
    }

    private static String range(List<ResultBand> bands, int i, int total) {
        String end = total > 0 ? String.valueOf(total) : "N";
        if (i < 0) {
            return "0-" + end;
        }
        ResultBand band = bands.get(i);
        if (forward(band)) {
            return band.min() + "-" + band.max();
        }
        int min = i == 0 ? 0 : forward(bands.get(i - 1)) ? bands.get(i - 1).max() + 1 : -1;
        int max = i == bands.size() - 1 ? total : forward(bands.get(i + 1)) ? bands.get(i + 1).min() - 1 : -1;
        return min >= 0 && max >= min && total > 0 ? min + "-" + max : "0-" + end;
    }

    /** Whether a band has a range that runs forward (one without a range has none). */
    private static boolean forward(ResultBand band) {
        return band.min() <= band.max();
    }
}
