package guide.quiz;

/**
 * The points a statement may be worth so that readers without JavaScript see a true running total. Their total is
 * counted by the stylesheet, not by quiz.js: assets/css/quiz.css has one rule per point value,
 * {@code input[data-points="3"]:checked { counter-increment: quiz-total 3 }}, for 1 to {@value #MAX_POINTS}, and a value
 * it has no rule for would silently count 0. So the build allows only those values, and StylesheetTotalTest holds
 * the stylesheet to the same list: raise both together.
 */
public final class StylesheetTotal {
    /** The most points one statement may be worth: quiz.css counts 1 to this many. */
    public static final int MAX_POINTS = 10;

    private StylesheetTotal() {
    }

    /** Whether the stylesheet counts a statement worth {@code points}. */
    static boolean counts(int points) {
        return points >= 1 && points <= MAX_POINTS;
    }

    /** What to tell the editor of a statement worth more than the stylesheet counts. */
    static String tooMany(int points) {
        return "a statement may be worth 1 to " + MAX_POINTS + " points, not " + points + ": readers without JavaScript get their"
                + " total from assets/css/quiz.css, which counts 1 to " + MAX_POINTS + " points a statement and would count this"
                + " one as 0; scale the quiz's points down (its bands too), or have a developer add rules to quiz.css and raise"
                + " StylesheetTotal.MAX_POINTS";
    }
}
