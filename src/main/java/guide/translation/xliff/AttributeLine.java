package guide.translation.xliff;

import guide.site.TextLines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line an attribute of the {@code <file>} element is on. The StAX reader gives an element's line as that of the end
 * of its start tag, and a CAT tool may write each attribute on a line of its own; a refusal about one attribute
 * ({@code target-language="de"}) names the line the translator finds it on. The start tag is the one the reader itself read,
 * found from where its previous event ended ({@link Xliff12Reader}), and its attributes are read in order with their quoted
 * values, so an XML comment or CDATA section holding {@code <file source-language=…} elsewhere in the file cannot be taken
 * for it, nor {@code name=} inside another attribute's value.
 */
final class AttributeLine {
    private static final Pattern ELEMENT_NAME = Pattern.compile("<[^\\s/>]+");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=/>]+)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')");

    private AttributeLine() {
    }

    /**
     * @param text     the whole XML text
     * @param tagStart where the reader's previous event ended: at or just past the {@code <} of the start tag (the JDK's
     *                 reader has read one character further after text); negative when the reader does not know
     * @param tagEnd   the line the start tag ends on
     * @param name     the attribute's name
     * @return its line, or {@code tagEnd} when the start tag or the attribute is not found there
     */
    static int of(String text, int tagStart, int tagEnd, String name) {
        int start = tagStart < 0 ? -1 : text.lastIndexOf('<', Math.min(tagStart, text.length() - 1));
        if (start < 0) {
            return tagEnd;
        }
        Matcher element = ELEMENT_NAME.matcher(text).region(start, text.length());
        if (!element.lookingAt()) {
            return tagEnd;
        }
        Matcher attribute = ATTRIBUTE.matcher(text);
        int at = element.end();
        while (attribute.region(at, text.length()).lookingAt()) {
            if (attribute.group(1).equals(name)) {
                return TextLines.lineAt(text, attribute.start(1));
            }
            at = attribute.end();
        }
        return tagEnd;
    }
}
