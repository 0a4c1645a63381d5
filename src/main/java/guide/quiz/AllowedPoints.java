package guide.quiz;

/**
 * The points a statement may be worth, as the error at a statement whose {@code points=} is none of them says it ("a whole
 * number from 1 to 10"), and why, if something outside the quiz decides it: the style sheets that add up the total for
 * readers without JavaScript count only the values they have a rule for ({@code guide.check.QuizTotalRules} reads them).
 * The parser itself takes any whole number from 1 to 999.
 *
 * @param values what to write, e.g. "a whole number from 1 to 10" or "one of 2, 5 or 20"
 * @param because why, after the values, e.g. " (the values assets/css/quiz.css counts for readers without JavaScript)", or ""
 */
public record AllowedPoints(String values, String because) {
    /** Where no style sheet counts a total: the parser's own range. */
    public static final AllowedPoints ANY = new AllowedPoints("a whole number from 1 to 999", "");

    /** The error at a statement whose points are {@code written}, which is not a whole number the parser takes. */
    String message(String written) {
        return "points must be " + values + because + ", not '" + written + "'";
    }
}
