package guide.check;

import guide.i18n.DigitGrouping;
import guide.quiz.Checklist;
import guide.quiz.ResultBand;
import guide.site.Problem;

import java.util.List;
import java.util.OptionalLong;

/**
 * Holds a quiz's maximum total under the first number its language writes with grouped digits ({@link DigitGrouping}),
 * where the style sheets show the total to readers without JavaScript ({@link QuizTotalRules}). That total is a CSS
 * counter, which writes its digits ungrouped ("1000"), while assets/js/quiz.js writes the same total as the page's
 * language writes numbers ("1,000", with the browser's {@code Intl.NumberFormat}), and the build writes the maximum after
 * the counter so too ("1000 of 1,000"): a quiz that can reach that number would show one total two ways. English groups
 * from 1,000, Polish from 10 000; another language's threshold comes from its CLDR data.
 */
final class QuizTotalGrouping {
    private QuizTotalGrouping() {
    }

    /**
     * A problem if the sum of {@code checklist}'s points reaches the first number its language ({@code grouping}) groups, at
     * the band that ends at that sum (where the quiz writes it), or, with none, at its first sign; {@code where} is the style
     * sheet that counts the total.
     */
    static void check(Checklist checklist, DigitGrouping grouping, String where, List<Problem> problems) {
        int max = checklist.maxPoints();
        OptionalLong threshold = grouping.threshold();
        if (threshold.isEmpty() || max < threshold.getAsLong() || checklist.sections().isEmpty()) {
            return;
        }
        int line = checklist.bands().stream().filter(band -> band.max() == max).mapToInt(ResultBand::line).findFirst()
                .orElse(checklist.sections().get(0).line());
        String from = plain(grouping.written(threshold.getAsLong()));
        problems.add(new Problem(checklist.source(), line, "the quiz's maximum total is " + plain(grouping.written(max))
                + " (the sum of all points), but " + grouping.language() + " groups the digits of numbers from " + from
                + " up, and readers without JavaScript get their total from " + where + " as a CSS counter, which cannot group digits:"
                + " they would read " + max + " where the script writes " + plain(grouping.written(max)) + "; keep the sum of all points"
                + " under " + from + " (fewer statements or fewer points each, and the bands to match)"));
    }

    /** {@code text} with the no-break spaces some languages group digits with as plain spaces, for a terminal. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
