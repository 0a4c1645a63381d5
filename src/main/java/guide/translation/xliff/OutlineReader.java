package guide.translation.xliff;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a parsed body into its {@link BodyOutline}: in an article, a section starts at the line of
 * each top-level {@code ##} or {@code ###} heading (deeper headings, and headings inside lists or
 * quotes, stay in their section); in a quiz, where the caller says ({@link QuizSectionStarts}: where
 * the build's quiz reader sees a section or a band). The footnote block is the run of footnote
 * definitions (link reference definitions may sit among them) that ends the body. Sections are keyed
 * by their {@code {#id}}, or, without one, by their place among the headings without one. Also notes
 * footnote references without a definition.
 */
final class OutlineReader {
    private final String body;
    private final Map<String, Integer> seen = new HashMap<>();

    private OutlineReader(String body) {
        this.body = body;
    }

    /** An article's outline: its sections start at its top-level {@code ##} and {@code ###} headings. */
    static BodyOutline read(Document document, String body) {
        OutlineReader reader = new OutlineReader(body);
        return reader.outline(document, reader.headings(document));
    }

    /** The outline with its sections starting where {@code sections} says (a quiz's, as its reader reads them). */
    static BodyOutline read(Document document, String body, List<SectionStart> sections) {
        return new OutlineReader(body).outline(document, sections);
    }

    /** Where a section starts (the start of its heading's line), and its heading's id ("" without one). */
    record SectionStart(int offset, String id) {
    }

    /** Where a part starts, and what it is called. */
    private record Start(int offset, BodyPart.Kind kind, String key, String name) {
    }

    private List<SectionStart> headings(Document document) {
        List<SectionStart> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3)) {
                headings.add(new SectionStart(lineStart(heading.getStartOffset()), idOf(heading)));
            }
        }
        return headings;
    }

    private BodyOutline outline(Document document, List<SectionStart> sections) {
        List<FootnoteBlock> trailing = trailingFootnotes(document);
        int footnotesStart = trailing.isEmpty() ? body.length() : lineStart(trailing.get(0).getStartOffset());
        List<Start> starts = new ArrayList<>();
        starts.add(new Start(0, BodyPart.Kind.INTRO, "intro", "intro"));
        int unnamed = 0;
        for (SectionStart section : sections) {
            if (section.offset() < footnotesStart) {
                String id = section.id();
                starts.add(new Start(section.offset(), BodyPart.Kind.SECTION, id.isEmpty() ? "~" + ++unnamed : "#" + id, id));
            }
        }
        if (!trailing.isEmpty()) {
            starts.add(new Start(footnotesStart, BodyPart.Kind.FOOTNOTES, "footnotes", "footnotes"));
        }
        List<BodyPart> top = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1).offset() : body.length();
            top.add(new BodyPart(s.kind(), unique(s.key()), s.name(), new TextRange(s.offset(), end)));
        }
        List<BodyPart> footnotes = new ArrayList<>();
        for (int i = 0; i < trailing.size(); i++) {
            int start = i == 0 ? footnotesStart : lineStart(trailing.get(i).getStartOffset());
            int end = i + 1 < trailing.size() ? lineStart(trailing.get(i + 1).getStartOffset()) : body.length();
            String label = trailing.get(i).getText().toString();
            footnotes.add(new BodyPart(BodyPart.Kind.FOOTNOTE, unique("^" + label), label, new TextRange(start, end)));
        }
        Set<String> undefined = new HashSet<>();
        new NodeVisitor(new VisitHandler<>(Footnote.class, f -> {
            if (f.getFootnoteBlock() == null) {
                undefined.add(f.getText().toString());
            }
        })).visit(document);
        return new BodyOutline(top, footnotes, undefined);
    }

    /** The footnote definitions that end the body, in order (link reference definitions among them skipped). */
    private static List<FootnoteBlock> trailingFootnotes(Document document) {
        List<FootnoteBlock> found = new ArrayList<>();
        for (Node node = document.getLastChild(); node != null; node = node.getPrevious()) {
            if (node instanceof FootnoteBlock footnote) {
                found.add(0, footnote);
            } else if (!(node instanceof Reference)) {
                break;
            }
        }
        return found;
    }

    private String unique(String key) {
        int n = seen.merge(key, 1, Integer::sum);
        return n == 1 ? key : key + "@" + n;
    }

    private int lineStart(int offset) {
        return TextLines.lineStart(body, offset);
    }

    /** The id of a {@code {#id ...}} at the end of a heading, or "". */
    static String idOf(Node node) {
        Node last = node.getLastChild();
        if (!(last instanceof AttributesNode)) {
            return "";
        }
        for (String token : last.getChars().toString().replaceAll("[{}]", " ").strip().split("\\s+")) {
            if (token.startsWith("#")) {
                return token.substring(1);
            }
        }
        return "";
    }
}
