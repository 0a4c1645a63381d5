package guide.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule of the project's style sheets, in order, as {@code selectors { declarations }}, read with the comments blanked out
 * (so that offsets keep their lines): the one walk of the checks that hold the quiz to its rules ({@link QuizTotalRules},
 * {@link QuizDecisionRules}). A rule is the innermost pair of braces and the text before it up to the previous brace, so the
 * rules inside an {@code @media} block are read one by one, as the browser applies them.
 */
final class StyleRules {
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");

    /**
     * One rule.
     *
     * @param sheet        the style sheet it is in
     * @param css          that sheet's text without its comments, which the offsets are in
     * @param start        the offset of its selectors' first character (white space before them included)
     * @param end          the offset of its {@code {}
     * @param declarations the text between its braces
     */
    record Rule(StyleSheets.Sheet sheet, String css, int start, int end, String declarations) {
        /** Its selectors as written, comma-separated. */
        String selectors() {
            return css.substring(start, end);
        }

        /** Each selector of its comma-separated list, as the offsets of its text in {@link #css}, in order. */
        List<Selector> each() {
            List<Selector> each = new ArrayList<>();
            int at = start;
            for (String selector : selectors().split(",", -1)) {
                each.add(new Selector(at, at + selector.length()));
                at += selector.length() + 1;
            }
            return each;
        }

        /** Its sheet's file as messages name it ({@code assets/css/quiz.css}), with forward slashes on any system. */
        String file() {
            return sheet.file().toString().replace('\\', '/');
        }
    }

    /** One selector of a rule's list: its text is {@code css} from {@code start} to {@code end}. */
    record Selector(int start, int end) {
    }

    private StyleRules() {
    }

    /** The rules of {@code sheets}, sheet by sheet, each sheet's in the order written. */
    static List<Rule> of(List<StyleSheets.Sheet> sheets) {
        List<Rule> rules = new ArrayList<>();
        for (StyleSheets.Sheet sheet : sheets) {
            String css = StyleSheets.withoutComments(sheet.text());
            Matcher rule = RULE.matcher(css);
            while (rule.find()) {
                rules.add(new Rule(sheet, css, rule.start(1), rule.end(1), rule.group(2)));
            }
        }
        return rules;
    }
}
