package guide.check;

import guide.site.TextLines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text with everything Freemarker evaluates or drops ({@code <#-- -->} comments, {@code <#…>} and
 * {@code <@…>} tags and their ends, {@code ${…}} interpolations) turned into spaces, line breaks kept: the HTML a
 * template writes whatever its values, at the offsets and lines where the template writes it, for an HTML parser to read.
 */
final class TemplateBlanks {
    private static final Pattern COMMENT_OR_END = Pattern.compile("<#--.*?-->|</[#@][^>]*>", Pattern.DOTALL);

    private TemplateBlanks() {
    }

    static String of(String template) {
        char[] text = template.toCharArray();
        Matcher m = COMMENT_OR_END.matcher(template);
        while (m.find()) {
            blank(text, m.start(), m.end());
        }
        String uncommented = new String(text);
        for (FreemarkerExpressions.Expression e : FreemarkerExpressions.in(uncommented)) {
            blank(text, e.start() - 2, Math.min(text.length, e.start() + e.text().length() + 1));
        }
        return new String(text);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (!TextLines.isBreakChar(text[i])) { // the lines stay where they were
                text[i] = ' ';
            }
        }
    }
}
