package guide.check;

import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistSection;
import guide.quiz.ResultBand;
import guide.site.Problem;
import guide.site.TextLines;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Holds the quizzes' deciding statements ({@code decides=exit}) to the style sheet rules that tell readers without
 * JavaScript, under their total, which result a ticked one puts them in at least. Each band's note is shown by a rule for its
 * place in the table of results, {@code .quiz:has([data-decides-level="3"]:checked) .quiz-total-decides[data-decides-level="3"]},
 * and hides the notes after it by another ({@code … ~ .quiz-total-decides}), in assets/css/quiz.css; a statement that decides a
 * band at a place with no such rules would silently show no note. So such a statement is a build error at its line, and so is a
 * selector whose two places differ (a ticked statement's 2, a note's 3), which would show band 3's note for band 2 and band 2's
 * never: at the note's place, saying what to write. The places
 * come from the project's style sheets, not from code: a designer who adds the two rules for a place allows it. A project
 * whose style sheets show no such note at all is not checked.
 */
public final class QuizDecisionRules {
    private static final String LEVEL = "data-decides-level";
    private static final Pattern CHECKED = Pattern.compile("\\s*:checked");

    /** The places whose note a rule shows, and those whose note hides the notes after it. */
    private final TreeSet<Integer> shown;
    private final TreeSet<Integer> hiding;
    /** The first style sheet with such a rule, which the messages name. */
    private final String where;

    private QuizDecisionRules(TreeSet<Integer> shown, TreeSet<Integer> hiding, String where) {
        this.shown = shown;
        this.hiding = hiding;
        this.where = where;
    }

    /**
     * The rules of {@code sheets}; a {@code [data-decides-level=…]} whose value is no place in the table of results as the
     * quiz page writes it ({@code "99999999999"}, {@code "03"}) goes to {@code problems} at its line ({@link QuizSelectorNumbers}).
     */
    public static QuizDecisionRules of(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        TreeSet<Integer> shown = new TreeSet<>();
        TreeSet<Integer> hiding = new TreeSet<>();
        String where = null;
        for (StyleRules.Rule rule : StyleRules.of(sheets)) {
            String css = rule.css();
            for (StyleRules.Selector selector : rule.each()) {
                List<QuizSelectorNumbers.Value> levels = QuizSelectorNumbers.in(css, selector.start(), selector.end(), LEVEL);
                disagreement(rule, levels).filter(p -> !problems.contains(p)).ifPresent(problems::add);
                for (QuizSelectorNumbers.Value level : levels) {
                    boolean ticked = ticked(css, level);
                    where = where == null && ticked ? rule.file() : where;
                    if (level.number().isEmpty()) {
                        Problem unreadable = QuizSelectorNumbers.unreadable(rule.sheet().file(), css, level, LEVEL,
                                "a band's place in the table of results", "[" + LEVEL + "=\"1\"] for the first band, \"2\" for the second");
                        if (!problems.contains(unreadable)) { // the same value twice in one line's rule, named once
                            problems.add(unreadable);
                        }
                    } else if (ticked) {
                        (css.substring(selector.start(), selector.end()).contains("~") ? hiding : shown).add(level.number().getAsInt());
                    }
                }
            }
        }
        return new QuizDecisionRules(shown, hiding, where);
    }

    private static boolean ticked(String css, QuizSelectorNumbers.Value level) {
        return CHECKED.matcher(css).region(level.end(), css.length()).lookingAt();
    }

    /**
     * The error at a selector whose ticked statement's place ({@code [data-decides-level="2"]:checked}) is not its note's
     * ({@code .quiz-total-decides[data-decides-level="3"]}): the rule would show (or hide after) band 3's note when a statement
     * deciding band 2 is ticked, and band 2's note would never show. Empty when they agree, or one of them is not written.
     */
    private static Optional<Problem> disagreement(StyleRules.Rule rule, List<QuizSelectorNumbers.Value> levels) {
        String css = rule.css();
        Optional<QuizSelectorNumbers.Value> statement = levels.stream().filter(l -> l.number().isPresent() && ticked(css, l)).findFirst();
        Optional<QuizSelectorNumbers.Value> note = levels.stream()
                .filter(l -> l.number().isPresent() && !ticked(css, l) && statement.isPresent()
                        && l.number().getAsInt() != statement.get().number().getAsInt()).findFirst();
        if (note.isEmpty()) {
            return Optional.empty();
        }
        int ticked = statement.get().number().getAsInt();
        int shown = note.get().number().getAsInt();
        return Optional.of(new Problem(rule.sheet().file(), TextLines.lineAt(css, note.get().start()), "[" + LEVEL + "=\"" + ticked
                + "\"]:checked and the note's [" + LEVEL + "=\"" + shown + "\"] are different places: this rule would apply to band " + shown
                + "'s note when a statement deciding band " + ticked + " is ticked, and band " + ticked + "'s note would never show; write the"
                + " same place on both sides of the selector: .quiz-total-decides[" + LEVEL + "=\"" + ticked + "\"], or [" + LEVEL + "=\""
                + shown + "\"]:checked if the rule is for band " + shown));
    }

    /** Each statement of {@code checklists} that decides a band at a place the rules do not cover goes to {@code problems}. */
    public void check(Collection<Checklist> checklists, List<Problem> problems) {
        if (where == null) {
            return;
        }
        for (Checklist checklist : checklists) {
            List<String> bands = checklist.bands().stream().map(ResultBand::id).toList();
            for (ChecklistSection section : checklist.sections()) {
                for (ChecklistItem item : section.items()) {
                    int place = item.decidesBand().map(bands::indexOf).orElse(-1) + 1;
                    if (place > 0 && !(shown.contains(place) && hiding.contains(place))) {
                        problems.add(new Problem(checklist.source(), item.line(), message(item, place)));
                    }
                }
            }
        }
    }

    private String message(ChecklistItem item, int place) {
        String level = "[data-decides-level=\"" + place + "\"]";
        return "statement '" + item.id() + "' decides=" + item.decides() + ", band " + place + " of the table of results, but readers without"
                + " JavaScript are told under their total which band a ticked statement decides only for the bands " + places() + " ("
                + where + "), so they would not be told this one; merge bands above it so that band '" + item.decides() + "' is among the first "
                + places().replaceFirst(".* ", "") + ", or add"
                + " .quiz:has(" + level + ":checked) .quiz-total-decides" + level + " to the rule that shows the note (display: block)"
                + " and .quiz:has(" + level + ":checked) .quiz-total-decides" + level + " ~ .quiz-total-decides to the rule that hides"
                + " the notes after it (display: none) in " + where;
    }

    /** "1 to 9" for places without gaps, else "1, 2, 4". */
    private String places() {
        TreeSet<Integer> both = new TreeSet<>(shown);
        both.retainAll(hiding);
        if (both.isEmpty()) {
            return "none";
        }
        if (both.size() > 2 && both.last() - both.first() == both.size() - 1) {
            return both.first() + " to " + both.last();
        }
        return String.join(", ", both.stream().map(String::valueOf).toList());
    }
}
