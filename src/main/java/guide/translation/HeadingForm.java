package guide.translation;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.Markdown;

import java.util.regex.Pattern;

/**
 * A source block as the report and the import's refusal show it: a block that starts with an underlined (setext) heading is
 * shown as the same heading written with {@code #} marks ({@code ## Kontakt}), as a heading written so is shown. Its blocks
 * are shown with their white space collapsed, so {@code Kontakt} underlined with {@code -------} would otherwise read
 * {@code Kontakt -------}, which looks like a paragraph ending in dashes. flexmark says whether the block starts with such a
 * heading (a line of dashes under a list item or after a blank line is something else) and which level it is.
 */
final class HeadingForm {
    /** A line that may underline a heading: the only blocks worth parsing. */
    private static final Pattern UNDERLINE = Pattern.compile("(?m)^ {0,3}(=+|-+)[ \\t]*$");

    private HeadingForm() {
    }

    /** {@code block}, raw, with an underlined heading at its start written as {@code #} marks and its text. */
    static String shown(String block) {
        if (!UNDERLINE.matcher(block).find()) {
            return block;
        }
        Node first = Markdown.parse(block).getFirstChild();
        if (!(first instanceof Heading heading) || !heading.isSetextHeading()) {
            return block;
        }
        return "#".repeat(heading.getLevel()) + " " + heading.getText() + "\n" + block.substring(heading.getEndOffset());
    }
}
