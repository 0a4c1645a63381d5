package guide.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids editors write on headings, read from a text's Markdown: the ids a page's headings keep.
 * Every form the guide's Markdown takes as a heading's id counts ({@code ## Heading {#id}},
 * {@code {.note #id}}, {@code {id=id}}, an underlined heading's {@code {#id}}): flexmark's own
 * attribute parsing reads each line that may be a heading, so an id is the editor's exactly when
 * the rendered heading has it. They come before the ids made from other headings' text
 * (guide.html.HeadingAnchors), so a link to one always reaches the heading its editor meant.
 * A text whose lines cannot be judged one by one (code, a heading in a list item or a quote, an HTML block) is read whole, as
 * the page renders it ({@link MarkdownTree}): its headings written in HTML with an id ({@code <h2 id="scope">}) count too.
 */
public final class HeadingIds {
    /** The line under an underlined (Setext) heading's text. */
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
    /**
     * The form nearly every heading with an id takes, {@code ## Heading {#id}} with no other brace,
     * {@code #} or backslash in its text: its id is read here, the same as flexmark's, without a
     * parse (a parse of each heading line took about a second of a 2 x 1,000 build's CPU: the text's
     * headings are read at the scan, for the page models and for the render).
     */
    private static final Pattern PLAIN = Pattern.compile(" {0,3}(#{1,6})[ \\t]+[^{}#\\\\\\s][^{}#\\\\]*?[ \\t]+\\{#([A-Za-z0-9_-]+)}[ \\t]*");

    /**
     * One id as written.
     *
     * @param level the heading's level, 2 for {@code ##} or an underline of {@code -}
     * @param line  1-based line in the Markdown text (of an underlined heading, its text's last line)
     * @param all   every id the heading's attributes give, in the order written: one, or more by mistake
     *              ({@code {id='a' #b}}: the page and these tools would not agree which is its address; BodyHeadings refuses it)
     */
    public record Written(String id, int level, int line, List<String> all, boolean html) {
        /** A heading with one id, as nearly all are. */
        public Written(String id, int level, int line) {
            this(id, level, line, List.of(id));
        }

        /** A Markdown heading's ids. */
        public Written(String id, int level, int line, List<String> all) {
            this(id, level, line, all, false);
        }

        /** The id as its editor wrote it: {@code {#scope}}, or {@code id="scope"} on a heading written in HTML. */
        public String written() {
            return html ? "id=\"" + id + "\"" : "{#" + id + "}";
        }
    }

    private HeadingIds() {
    }

    /** The ids in the order of their headings, repeats included. */
    public static List<Written> read(String markdown) {
        Optional<MarkdownTree> tree = MarkdownTree.of(markdown);
        if (tree.isPresent()) {
            return read(tree.get());
        }
        List<Written> ids = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('{') >= 0) {
                boolean underlined = i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1]).matches();
                // A line of the plain form is an ATX heading whatever follows it: a line of dashes under it is a rule.
                Matcher plain = PLAIN.matcher(lines[i]);
                if (plain.matches()) {
                    ids.add(new Written(plain.group(2), plain.group(1).length(), i + 1));
                } else if (underlined || lines[i].indexOf('#') >= 0) {
                    read(underlined ? lines[i] + "\n" + lines[i + 1] : lines[i], i + 1, ids);
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The ids of the headings of a text read whole, Markdown or HTML ({@code <h2 id="scope">}, which flexmark passes on as it is). */
    private static List<Written> read(MarkdownTree tree) {
        List<Written> ids = new ArrayList<>();
        for (MarkdownTree.Shown shown : tree.headings()) {
            if (shown.node() != null) {
                written(shown.node(), shown.last() + 1).ifPresent(ids::add);
            } else if (shown.html().hasAttr("id")) {
                String id = shown.html().attr("id");
                ids.add(new Written(id, shown.level(), shown.line() + 1, List.of(id), true));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The id flexmark gives the heading a line (with its underline) makes, if it has one from attributes. Blocks
     * written with no space between them ({@code ## Heading {#x}{#z}}) give their ids to a span around the text
     * instead, and the heading an id made from its text, while the translation tools read {@code #z}: such a
     * heading is read too, with the last of its ids (the span's), for BodyHeadings to refuse its two ids.
     */
    private static void read(String line, int number, List<Written> ids) {
        for (Node node : Markdown.parse(line).getDescendants()) {
            if (node instanceof Heading heading) {
                written(heading, number).ifPresent(ids::add);
            }
        }
    }

    private static Optional<Written> written(Heading heading, int number) {
        List<String> all = allIds(heading);
        if (heading.isExplicitAnchorRefId() && !heading.getAnchorRefId().isEmpty()) {
            return Optional.of(new Written(heading.getAnchorRefId(), heading.getLevel(), number, all));
        } else if (all.size() > 1) {
            return Optional.of(new Written(all.get(all.size() - 1), heading.getLevel(), number, all));
        }
        return Optional.empty();
    }

    /** The ids in a heading's own attribute blocks ({@code {#a}}, {@code {id=a}}), however many were written. */
    private static List<String> allIds(Heading heading) {
        List<String> all = new ArrayList<>();
        for (Node child : heading.getChildren()) {
            if (child instanceof AttributesNode attributes) {
                for (Node a : attributes.getChildren()) {
                    if (a instanceof AttributeNode attribute && attribute.isId()) {
                        all.add(attribute.getValue().toString());
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * A heading written in HTML, as the page shows it.
     *
     * @param line 1-based line in the Markdown text
     * @param id   its id, or "" when it has none
     */
    public record Html(int level, int line, String text, String id) {
    }

    /** The headings written in HTML ({@code <h2 id="scope">Scope</h2>}, in an HTML block or a sentence), in the text's order. */
    public static List<Html> inHtml(String markdown) {
        return MarkdownTree.of(markdown).map(tree -> tree.headings().stream().filter(h -> h.html() != null)
                .map(h -> new Html(h.level(), h.line() + 1, h.html().text().strip(), h.html().id())).toList()).orElse(List.of());
    }

    /** The ids of the section headings (levels 2 to 4, the table of contents' and the heading anchors'), each once. */
    public static Set<String> ofSections(String markdown) {
        return sections(read(markdown));
    }

    /** Of {@code ids} ({@link #read}), those of the section headings, each once. */
    static Set<String> sections(List<Written> ids) {
        Set<String> sections = new LinkedHashSet<>();
        for (Written w : ids) {
            if (w.level() >= 2 && w.level() <= 4) {
                sections.add(w.id());
            }
        }
        return Collections.unmodifiableSet(sections);
    }
}
