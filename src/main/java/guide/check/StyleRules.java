package guide.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule of the project's style sheets, in order, as {@code selectors { declarations }}, read with the comments blanked out
 * (so that offsets keep their lines): the one walk of the checks that hold the quiz to its rules ({@link QuizTotalRules},
 * {@link QuizDecisionRules}). A rule is the innermost pair of braces and the text before it up to the previous brace, so the
 * rules inside an {@code @media} block are read one by one, as the browser applies them.
 */
final class StyleRules {
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
            addRules(sheet, css, rules);
        }
        return rules;
    }

    /**
     * One pass over {@code css}: each {@code {} whose next brace is a {@code }} opens a rule, whose selectors run from just
     * after the brace before it. (A regular expression over the same text, {@code ([^{}]*)\{([^{}]*)}}, went back over the
     * selectors after each {@code @media} block's brace from every character; it took a sixth of a small site's build.)
     */
    private static void addRules(StyleSheets.Sheet sheet, String css, List<Rule> rules) {
        int selectorsStart = 0;
        int open = -1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                if (open >= 0) {
                    selectorsStart = open + 1;
                }
                open = i;
            } else if (c == '}') {
                if (open >= 0) {
                    rules.add(new Rule(sheet, css, selectorsStart, open, css.substring(open + 1, i)));
                }
                open = -1;
                selectorsStart = i + 1;
            }
        }
    }
}
