package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers the quiz's style sheet rules test for in an attribute selector: a statement's points
 * ({@code [data-points="3"]}, {@link QuizTotalRules}) and a band's place in the table of results
 * ({@code [data-decides-level="2"]}, {@link QuizDecisionRules}). The quiz page writes both as plain whole numbers
 * ({@code ?c} in templates/quiz.ftl: "3", never "03" or "3.0"), and the quiz parser takes points from 1 to 999 only
 * ({@link guide.quiz.AllowedPoints#ANY}), so a selector with any other value ({@code "007"}, {@code "x"},
 * {@code "99999999999"}) matches nothing on the page: the rule it belongs to never applies, whatever the designer meant.
 * One rule for both readers, so that such a value is a build error at its line saying what to write, never a number
 * read wrongly or a parse that stops the build without a line.
 */
final class QuizSelectorNumbers {
    /** The largest number read: the quiz parser's largest points, and more bands than a quiz has. */
    static final int MOST = 999;
    /** A whole number from 1 to {@link #MOST}: at most three digits, the first not 0. */
    private static final Pattern READABLE = Pattern.compile("[1-9][0-9]{0,2}");

    /**
     * One {@code [attribute=value]} of a selector.
     *
     * @param start   its offset in the style sheet's text (at its {@code [})
     * @param end     the offset just after its {@code ]}
     * @param written the value as written, without quotes
     * @param number  the value, when it is a number the page writes; empty when the selector can match nothing
     */
    record Value(int start, int end, String written, OptionalInt number) {
    }

    private QuizSelectorNumbers() {
    }

    /** Each {@code [attribute=…]} (exact match, quoted or not) in {@code css} from {@code from} to {@code to}, in order. */
    static List<Value> in(String css, int from, int to, String attribute) {
        Pattern selector = Pattern.compile("\\[\\s*" + Pattern.quote(attribute)
                + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\\]\"']*))\\s*(?:[iIsS]\\s*)?]");
        Matcher m = selector.matcher(css).region(from, to);
        List<Value> values = new ArrayList<>();
        while (m.find()) {
            String written = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            boolean readable = READABLE.matcher(written).matches();
            values.add(new Value(m.start(), m.end(), written, readable ? OptionalInt.of(Integer.parseInt(written)) : OptionalInt.empty()));
        }
        return values;
    }

    /**
     * The error at an unreadable {@code value} of {@code file} ({@code css} its text): what it should test for
     * ({@code meaning}, "a band's place in the table of results") and an example of a selector that does.
     */
    static Problem unreadable(Path file, String css, Value value, String attribute, String meaning, String example) {
        String stripped = value.written().strip().replaceFirst("^0+(?=[1-9])", "");
        boolean zeros = !stripped.equals(value.written()) && READABLE.matcher(stripped).matches();
        String write = zeros ? "[" + attribute + "=\"" + stripped + "\"]" : example;
        return new Problem(file, TextLines.lineAt(css, value.start()), "[" + attribute + "=\"" + value.written() + "\"] matches nothing the"
                + " quiz page writes, so this rule never applies: " + attribute + " is " + meaning + ", which the page writes as a whole"
                + " number from 1 to " + MOST + " without leading zeros or spaces; write " + write);
    }
}
