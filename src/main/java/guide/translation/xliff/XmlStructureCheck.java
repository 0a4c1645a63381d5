package guide.translation.xliff;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the faults a hand edit or a cut-off download leaves in an XLIFF file's XML before the
 * parser sees it, and names them in plain words: a tag left open, a tag closed twice (or whose
 * start was deleted), a bare {@code &} or {@code <} in the text, a tag not finished, a file that
 * ends too early. The JDK's parser would stop on them too, but in its own terms ("elementGetText()
 * function expects text only elment", "The entity name must immediately follow the '&'"), which say
 * neither what is wrong for a translator nor what to do. Anything this check lets through and the
 * parser still refuses gets a general sentence from {@link Xliff12Reader}.
 */
final class XmlStructureCheck {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_:][\\p{L}\\p{N}_:.\\-]*");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final String CUT_SHORT = "was it cut short? Copy or download it again, or export the document again";

    private final Path file;
    private final String text;
    private final Deque<OpenTag> open = new ArrayDeque<>();
    private int at;
    private int line = 1;

    private record OpenTag(String name, int line) {
    }

    private XmlStructureCheck(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Throws the first fault found, at its line; returns when the tags nest and the text has no bare markup characters. */
    static void check(Path file, String text) throws Xliff12Reader.XliffException {
        new XmlStructureCheck(file, text).run();
    }

    private void run() throws Xliff12Reader.XliffException {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '<') {
                markup();
            } else if (c == '&') {
                reference();
            } else {
                advance(1);
            }
        }
        if (!open.isEmpty()) {
            OpenTag innermost = open.peek();
            throw fail("the file ends before </" + open.peekLast().name() + ">, with <" + innermost.name() + ">" + openedOn(innermost)
                    + " still open: " + CUT_SHORT);
        }
    }

    private void markup() throws Xliff12Reader.XliffException {
        if (text.startsWith("<!--", at)) {
            skipPast("-->");
        } else if (text.startsWith("<![CDATA[", at)) {
            skipPast("]]>");
        } else if (text.startsWith("<?", at)) {
            skipPast("?>");
        } else if (text.startsWith("<!", at)) {
            skipPast(">");
        } else if (text.startsWith("</", at)) {
            endTag();
        } else {
            startTag();
        }
    }

    private void startTag() throws Xliff12Reader.XliffException {
        Matcher name = NAME.matcher(text).region(at + 1, text.length());
        if (!name.lookingAt()) {
            throw fail("a bare < in the text: in XML a < that is not part of a tag is written &lt;, so replace it with &lt;");
        }
        int start = line;
        String element = name.group();
        advance(name.end() - at);
        char quote = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (quote == 0 && c == '>') {
                if (text.charAt(at - 1) != '/') {
                    open.push(new OpenTag(element, start));
                }
                advance(1);
                return;
            }
            if (quote == 0 && c == '<') {
                throw fail("the tag <" + element + " (on line " + start + ") is not finished: it needs a > before the next <");
            }
            quote = quote == 0 && (c == '"' || c == '\'') ? c : quote == c ? 0 : quote;
            advance(1);
        }
        throw fail("the file ends in the middle of the tag <" + element + ": " + CUT_SHORT);
    }

    private void endTag() throws Xliff12Reader.XliffException {
        Matcher name = NAME.matcher(text).region(at + 2, text.length());
        String element = name.lookingAt() ? name.group() : "";
        if (open.stream().noneMatch(tag -> tag.name().equals(element))) {
            throw fail("</" + element + "> closes a tag that is not open: if it is there twice, delete one; if its <" + element
                    + "> was deleted, put it back");
        }
        OpenTag innermost = open.peek();
        if (!innermost.name().equals(element)) {
            throw fail("<" + innermost.name() + ">" + openedOn(innermost) + " is not closed before </" + element + ">: put back its </"
                    + innermost.name() + "> where the tag ends, or export the document again");
        }
        open.pop();
        skipPast(">");
    }

    private void reference() throws Xliff12Reader.XliffException {
        Matcher entity = ENTITY.matcher(text).region(at, text.length());
        if (!entity.lookingAt()) {
            int end = Math.min(text.length(), at + 12);
            String shown = text.substring(at, end).split("[\\r\\n<]", 2)[0].strip();
            throw fail("a bare & in the text (\"" + shown + "\"): in XML an ampersand is written &amp;, so replace this & with &amp;");
        }
        advance(entity.end() - at);
    }

    private void skipPast(String end) throws Xliff12Reader.XliffException {
        int found = text.indexOf(end, at);
        if (found < 0) {
            throw fail("the file ends in the middle of " + (end.equals(">") ? "a tag" : "a comment or a marked section") + ": " + CUT_SHORT);
        }
        advance(found + end.length() - at);
    }

    private void advance(int count) {
        line += TextLines.breaks(text, at, at + count);
        at += count;
    }

    /** " (opened on line 38)", or nothing when that is the line the message is reported on, which names it already. */
    private String openedOn(OpenTag tag) {
        return tag.line() == line ? "" : " (opened on line " + tag.line() + ")";
    }

    private Xliff12Reader.XliffException fail(String message) {
        return new Xliff12Reader.XliffException(new Problem(file, line, message));
    }
}
