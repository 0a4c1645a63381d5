package guide.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What flexmark (the parse the pages render from) makes of the lines of a Markdown text that cannot be judged one by one: its
 * code lines ({@link FencedLines}) and its headings, for the readers that go through a text line by line to find its headings
 * ({@link HeadingIds}, {@link BodyHeadings}). A line alone tells whether it is a heading only in a text with no fence
 * ({@code ```}, {@code ~~~}), no {@code #} line or underline indented or in a list item or a quote ({@code "  # Title"},
 * {@code "- # Title"}, {@code "> Title\n> ==="}), no HTML block (which shows a {@code #} line in it as text, and may hold an
 * {@code <h2 id="…">} of its own) and no heading's tag in a sentence ({@code Text <h1>Big</h1>}); nearly every page is such a text and is not parsed here. Any other is parsed whole, by each
 * reader that asks (a few pages of a site; a memo of the last text made PIT's mutants see the tree an earlier test run had
 * made of the same string). Lines are counted by {@code \n}, from 0.
 */
final class MarkdownTree {
    /**
     * A {@code #} heading or a heading's underline after indentation or a list item's or quote's marker, matched at a line's start:
     * an indented underline ({@code "- Item\n  ==="}) makes the list item's text a heading.
     */
    private static final String CONTAINER = "(?:>|(?:[-+*]|\\d{1,9}[.)])(?=[ \\t]))";
    private static final Pattern NESTED = Pattern.compile("(?:[ \\t]|" + CONTAINER + ")+#{1,6}(?:[ \\t]|$)"
            + "|(?:[ \\t]|" + CONTAINER + ")+(?:=+|-+)[ \\t]*$");
    /**
     * The start of an HTML block (or of a line of inline HTML, which costs a parse and changes nothing), matched at a line's
     * start; a heading's tag anywhere ({@link #hasHeadingTag}) needs the parse too: an {@code <h1>} in a sentence ends the
     * paragraph on the page and is an h1 there.
     */
    private static final Pattern HTML = Pattern.compile(" {0,3}<(?:[A-Za-z]|!--|/[A-Za-z])");
    /** A heading's start tag written inline, in a paragraph: {@code <h1>}, {@code <H2 id="x">}. */
    private static final Pattern INLINE_HEADING = Pattern.compile("<[hH]([1-6])(?:[\\s/][^>]*)?>");
    private static final Pattern HTML_HEADING = Pattern.compile("h[1-6]");

    /**
     * A heading as the page shows it.
     *
     * @param node  flexmark's heading, or null for one written in HTML
     * @param level 1 for an h1
     * @param line  its first line; of an underlined heading, its text's first line
     * @param last  its text's last line (of an underlined heading, the one above the underline)
     * @param html  for one written in HTML, the element, else null
     */
    record Shown(Heading node, int level, int line, int last, Element html) {
    }

    private final BitSet code;
    private final List<Shown> headings;

    private MarkdownTree(BitSet code, List<Shown> headings) {
        this.code = code;
        this.headings = List.copyOf(headings);
    }

    /** The tree of {@code markdown}; empty when its lines can be judged one by one. */
    static Optional<MarkdownTree> of(String markdown) {
        return needsParse(markdown) ? Optional.of(parse(markdown)) : Optional.empty();
    }

    /** Whether a line of {@code markdown} may be code or a heading that only the whole text tells. */
    static boolean needsParse(String markdown) {
        if (markdown.contains("```") || markdown.contains("~~~") || hasHeadingTag(markdown)) {
            return true;
        }
        // Line by line, and only lines that start as one of the patterns can: a multi-line find() tries every position of
        // the text, which cost the build more than the rest of the scan of the headings (stop 56's profile).
        Matcher nested = NESTED.matcher(markdown);
        Matcher html = HTML.matcher(markdown);
        int length = markdown.length();
        // A line's end is its \n: the patterns end in $, which matches before a line's \r too (CRLF, or a lone \r at the text's end),
        // and an empty line starts with \n or \r, which no pattern does.
        for (int start = 0; start < length; ) {
            int next = markdown.indexOf('\n', start);
            int end = next < 0 ? length : next;
            if ("\t <>-+*0123456789".indexOf(markdown.charAt(start)) >= 0
                    && (nested.region(start, end).lookingAt() || html.region(start, end).lookingAt())) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * A heading's start tag ({@code <h1}…{@code <h6}, either case, not the start of a longer name such as {@code <h2o>}) stands
     * somewhere in {@code markdown}: the one rule for it, which {@link TextHeadingIds} uses too.
     */
    static boolean hasHeadingTag(String markdown) {
        for (int at = markdown.indexOf('<'); at >= 0 && at + 2 < markdown.length(); at = markdown.indexOf('<', at + 1)) {
            char h = markdown.charAt(at + 1);
            char level = markdown.charAt(at + 2);
            if ((h == 'h' || h == 'H') && level >= '1' && level <= '6'
                    && (at + 3 == markdown.length() || !isNameChar(markdown.charAt(at + 3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-';
    }

    /** The lines in code blocks, from 0. */
    BitSet code() {
        return (BitSet) code.clone();
    }

    /** Every heading the page shows, Markdown or HTML, in the text's order. */
    List<Shown> headings() {
        return headings;
    }

    private static MarkdownTree parse(String markdown) {
        int[] starts = lineStarts(markdown);
        BitSet code = new BitSet();
        List<Shown> headings = new ArrayList<>();
        for (Node node : Markdown.parse(markdown).getDescendants()) {
            int line = lineOf(starts, node.getStartOffset());
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.set(line, lineOf(starts, Math.max(node.getStartOffset(), node.getEndOffset() - 1)) + 1);
            } else if (node instanceof Heading h) {
                int last = h.isSetextHeading() ? lineOf(starts, h.getClosingMarker().getStartOffset()) - 1 : line;
                headings.add(new Shown(h, h.getLevel(), line, last, null));
            } else if (node instanceof HtmlInline inline && INLINE_HEADING.matcher(inline.getChars()).matches()) {
                headings.add(inlineHeading(inline, line));
            } else if (node instanceof HtmlBlock) {
                for (org.jsoup.nodes.Node n : Parser.htmlParser().setTrackPosition(true).parseFragmentInput(node.getChars().toString(),
                        new Element("body"), "")) {
                    if (n instanceof Element e) {
                        e.getAllElements().stream().filter(h -> HTML_HEADING.matcher(h.normalName()).matches()).forEach(h -> {
                            int at = line + h.sourceRange().start().lineNumber() - 1;
                            headings.add(new Shown(null, h.normalName().charAt(1) - '0', at, at, h));
                        });
                    }
                }
            }
        }
        return new MarkdownTree(code, headings);
    }

    /**
     * A heading written in a paragraph's text, at the line of its start tag: its text is what follows the tag up to its end tag
     * (or the paragraph's end), as written.
     */
    private static Shown inlineHeading(HtmlInline start, int line) {
        String level = INLINE_HEADING.matcher(start.getChars()).replaceFirst("$1");
        Pattern end = Pattern.compile("</[hH]" + level + "\\s*>");
        StringBuilder text = new StringBuilder();
        for (Node n = start.getNext(); n != null && !(n instanceof HtmlInline && end.matcher(n.getChars()).matches()); n = n.getNext()) {
            text.append(n.getChars());
        }
        Element heading = Jsoup.parseBodyFragment(start.getChars() + Entities.escape(text.toString()) + "</h" + level + ">")
                .body().child(0);
        return new Shown(null, level.charAt(0) - '0', line, line, heading);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
