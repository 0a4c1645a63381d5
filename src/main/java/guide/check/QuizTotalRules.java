package guide.check;

import com.ibm.icu.util.ULocale;
import guide.content.ContentDocument;
import guide.i18n.DigitGrouping;
import guide.quiz.AllowedPoints;
import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistSection;
import guide.site.Problem;
import guide.site.TextLines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds the quizzes' points to the style sheets that add them up for readers without JavaScript. Their running total is a
 * CSS counter: one rule per point value, {@code .quiz-item input[data-points="3"]:checked { counter-increment: quiz-total 3; }}
 * in assets/css/quiz.css, and a statement worth a value no rule counts adds 0 to the total they see. So a statement's
 * points must have a rule, and a rule must add the value it is for. The values come from the project's style sheets,
 * not from code: a designer who adds a rule allows that value. A project whose style sheets count no quiz total at all
 * (its templates show none) is not checked; but sheets that show the counter ({@code counter(quiz-total)}) without a rule
 * adding to it (all of them removed or rewritten while restyling) showed readers 0 whatever they ticked, and stop the build. A counter
 * cannot group digits either, so a quiz whose maximum reaches the first number its language groups stops it too
 * ({@link QuizTotalGrouping}); it writes Latin digits unless a rule gives it those of the quiz's language, which
 * {@link CounterDigits} checks with the other counters of the sheets. The values also tell the quiz parser what to name at points it cannot read at
 * all ({@link #allowed}), so that the build reads the rules once, before the quizzes.
 */
public final class QuizTotalRules {
    private static final String POINTS = "data-points";
    private static final Pattern INCREMENT = Pattern.compile("counter-increment\\s*:\\s*quiz-total\\s+(-?\\d+)");
    private static final Pattern SHOWN = Pattern.compile("counter\\(\\s*quiz-total\\s*\\)");
    private static final String UNCOUNTED = "counter(quiz-total) shows the quiz's total to readers without JavaScript, but no rule adds a ticked"
            + " statement's points to it, so it always shows 0: add one rule per point value, .quiz-item input[data-points=\"1\"]:checked"
            + " { counter-increment: quiz-total 1; } and so on up to 10, or remove the total from templates/quiz.ftl";

    /** The values the rules count, in order; empty where the style sheets count no total. */
    private final TreeSet<Integer> counted;
    /** The first style sheet with a rule, which the messages name. */
    private final String where;

    private QuizTotalRules(TreeSet<Integer> counted, String where) {
        this.counted = counted;
        this.where = where;
    }

    /** The rules of {@code sheets}; one that adds another value than the one it is for goes to {@code problems}. */
    public static QuizTotalRules of(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        TreeSet<Integer> counted = new TreeSet<>();
        String where = null;
        Problem shownUncounted = null;
        for (StyleRules.Rule rule : StyleRules.of(sheets)) {
            Matcher shown = SHOWN.matcher(rule.declarations());
            if (shownUncounted == null && shown.find()) {
                shownUncounted = new Problem(rule.sheet().file(), TextLines.lineAt(rule.css(), rule.end() + 1 + shown.start()), UNCOUNTED);
            }
            Matcher increment = INCREMENT.matcher(rule.declarations());
            List<QuizSelectorNumbers.Value> points = QuizSelectorNumbers.in(rule.css(), rule.start(), rule.end(), POINTS);
            if (!increment.find() || points.isEmpty()) {
                continue;
            }
            where = where == null ? rule.file() : where;
            if (points.get(0).number().isEmpty()) {
                problems.add(QuizSelectorNumbers.unreadable(rule.sheet().file(), rule.css(), points.get(0), POINTS, "a statement's points",
                        "[" + POINTS + "=\"3\"] for statements worth 3 points"));
                continue;
            }
            int value = points.get(0).number().getAsInt();
            int line = TextLines.lineAt(rule.css(), rule.end() - rule.selectors().stripLeading().length());
            if (!String.valueOf(value).equals(increment.group(1))) {
                problems.add(new Problem(rule.sheet().file(), line, "the rule for statements worth " + value + " points adds "
                        + increment.group(1) + " to the quiz's total: make it counter-increment: quiz-total " + value));
            }
            counted.add(value);
        }
        if (where == null && shownUncounted != null) {
            problems.add(shownUncounted);
        }
        return new QuizTotalRules(counted, where);
    }

    /** Whether the style sheets count a total for readers without JavaScript, which then shows it. */
    public boolean countsTotal() {
        return !counted.isEmpty();
    }

    /**
     * The points a statement may be worth, for the quiz parser's error at points that are no whole number from 1 ("0", "2.5"):
     * the values the rules count, or, where they count none, any the parser takes.
     */
    public AllowedPoints allowed() {
        if (counted.isEmpty()) {
            return AllowedPoints.ANY;
        }
        boolean run = counted.size() > 2 && counted.last() - counted.first() == counted.size() - 1;
        // "a whole number from 1 to 10", "one of 2, 5 or 20", "4 or 5", "5 (the only value ...)"
        String values = run ? "a whole number from " + values(counted) : counted.size() <= 2 ? values(counted) : "one of " + values(counted);
        return new AllowedPoints(values, (counted.size() == 1 ? " (the only value " : " (the values ") + where + " counts for readers without JavaScript)");
    }

    /**
     * Each statement of {@code checklists} worth a value no rule counts goes to {@code problems}, with the rule to add; so does
     * a quiz whose maximum total reaches the first number its page's language groups ({@link QuizTotalGrouping}), which the
     * counter would write otherwise than the script. {@code locales} gives a language code's locale.
     */
    public void check(Map<ContentDocument, Checklist> checklists, Function<String, ULocale> locales, List<Problem> problems) {
        if (!countsTotal()) {
            return;
        }
        Map<ULocale, DigitGrouping> groupings = new HashMap<>();
        for (Map.Entry<ContentDocument, Checklist> entry : checklists.entrySet()) {
            Checklist checklist = entry.getValue();
            for (ChecklistSection section : checklist.sections()) {
                for (ChecklistItem item : section.items()) {
                    if (!counted.contains(item.points())) {
                        problems.add(new Problem(checklist.source(), item.line(), message(item.points(), counted, where)));
                    }
                }
            }
            ULocale locale = locales.apply(entry.getKey().lang());
            QuizTotalGrouping.check(checklist, groupings.computeIfAbsent(locale, DigitGrouping::of), where, problems);
        }
    }

    private static String message(int points, TreeSet<Integer> counted, String where) {
        return "a statement worth " + points + " points: readers without JavaScript get their total from " + where + ", which counts only"
                + " statements worth " + values(counted) + " points, so their total would leave this one out; use one of those values (and"
                + " adjust the bands to match), or add .quiz-item input[data-points=\"" + points + "\"]:checked { counter-increment: quiz-total "
                + points + "; } to " + where;
    }

    /** "1 to 10" for a run without gaps, else "1, 2, 5 or 10". */
    private static String values(TreeSet<Integer> counted) {
        if (counted.size() > 2 && counted.last() - counted.first() == counted.size() - 1) {
            return counted.first() + " to " + counted.last();
        }
        List<String> all = counted.stream().map(String::valueOf).collect(Collectors.toList());
        return all.size() == 1 ? all.get(0) : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
