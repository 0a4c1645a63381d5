package guide.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a template Freemarker evaluates: {@code ${...}} interpolations and the insides of
 * {@code <#directive ...>} and {@code <@macro ...>} tags; comments and plain HTML text are left out,
 * so words like {@code ui.js} in markup don't count.
 */
final class FreemarkerExpressions {
    /** One expression region and the offset in the template where it starts. */
    record Expression(int start, String text) {
    }

    private FreemarkerExpressions() {
    }

    static List<Expression> in(String text) {
        List<Expression> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("<#--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 ? text.length() : end + 3;
            } else if (text.startsWith("${", i) || text.startsWith("#{", i)) {
                int end = close(text, i + 2, '}');
                result.add(new Expression(i + 2, text.substring(i + 2, end)));
                i = end + 1;
            } else if (text.startsWith("<#", i) || text.startsWith("<@", i)) {
                int end = close(text, i + 2, '>');
                result.add(new Expression(i + 2, text.substring(i + 2, end)));
                i = end + 1;
            } else {
                i++;
            }
        }
        return result;
    }

    /** The index of {@code closer} at nesting depth 0 outside string literals, or the text's end. */
    private static int close(String text, int from, char closer) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (depth > 0 && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (depth == 0 && c == closer) {
                return i;
            }
        }
        return text.length();
    }
}
