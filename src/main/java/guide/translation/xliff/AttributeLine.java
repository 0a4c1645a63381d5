package guide.translation.xliff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line an attribute of the {@code <file>} element is on. The StAX reader gives an element's line as that of the end
 * of its start tag, and a CAT tool may write each attribute on a line of its own; a refusal about one attribute
 * ({@code target-language="de"}) names the line the translator finds it on.
 */
final class AttributeLine {
    private static final Pattern FILE_TAG = Pattern.compile("<(?:[\\w.-]+:)?file\\s");

    private AttributeLine() {
    }

    /**
     * @param text    the whole XML text
     * @param tagEnd  the line the {@code <file>} start tag ends on
     * @param name    the attribute's name
     * @return its line, or {@code tagEnd} when it is not found there
     */
    static int of(String text, int tagEnd, String name) {
        int end = -1;
        for (int line = 0; line < tagEnd; line++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                break;
            }
        }
        String head = end < 0 ? text : text.substring(0, end);
        Matcher tag = FILE_TAG.matcher(head);
        int start = -1;
        while (tag.find()) {
            start = tag.start();
        }
        if (start < 0) {
            return tagEnd;
        }
        Matcher attribute = Pattern.compile("\\s" + Pattern.quote(name) + "\\s*=").matcher(head).region(start, head.length());
        if (!attribute.find()) {
            return tagEnd;
        }
        return 1 + (int) head.substring(0, attribute.start() + 1).chars().filter(c -> c == '\n').count();
    }
}
