package guide.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The title is a page's only {@code h1}: a {@code # Heading} in the Markdown (outside code: {@link FencedLines}; indented or in
 * a list item or a quote too), a text underlined with {@code ===}, or an {@code <h1>} in HTML would make a second one, as the page
 * renders them ({@link MarkdownTree} reads a text whose lines cannot be judged one by one). Each is an error at its line that says to write {@code ##}. And an id
 * written on a heading ({@code {#id}}) names one heading: the same id on a second heading is an
 * error at that heading's line, and so is an id the page's template already gives something else
 * ({@link TemplateIds}: {@code #main}, {@code #author}…) or one with other letters than a-z, digits,
 * {@code -} and {@code _} (a quiz's checklist checks its own ids), and two ids on one heading; an {@code <h2 id="…">} written in
 * HTML is held to the same ({@link HeadingIds}).
 */
public final class BodyHeadings {
    private static final Pattern H1 = Pattern.compile("#[ \\t].*|#");
    /** The line of {@code =} under an underlined (Setext) h1's text. */
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}=+[ \\t]*");
    /** The letters of an id an editor writes: an ASCII address, the same in every language. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private BodyHeadings() {
    }

    /**
     * Every problem of a page's headings, at its line of {@code file}: what the build reports for them (an XLIFF
     * import checks the translation it would write with it, to say the same).
     */
    public static void check(Path file, FrontMatter fm, DocumentType type, List<Problem> problems) {
        check(file, fm, problems);
        if (type != DocumentType.QUIZ) {
            checkIds(file, fm, type, problems);
        }
    }

    private static void checkIds(Path file, FrontMatter fm, DocumentType type, List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (HeadingIds.Written w : RememberedHeadingIds.read(fm.body())) {
            int line = fm.bodyStartLine() + w.line() - 1;
            String id = w.id();
            Optional<String> template = TemplateIds.usedBy(id, type);
            Integer before = first.putIfAbsent(id, line);
            if (w.all().size() > 1) {
                problems.add(new Problem(file, line, "more than one id on one heading ("
                        + w.all().stream().map(i -> "#" + i).collect(Collectors.joining(", "))
                        + "): a heading has only one address; keep one, and change any links that use the others to use it"));
            } else if (!ID.matcher(id).matches()) {
                problems.add(new Problem(file, line, w.written() + ": a heading's id may use only the letters a-z and A-Z, digits, '-' and '_' (it is the heading's address in links)"));
            } else if (template.isPresent()) {
                problems.add(new Problem(file, line, w.written() + " is already used on this page by " + template.get()
                        + ": with two elements sharing it, a link to #" + id + " reaches only the first; choose another id"));
            } else if (before != null) {
                problems.add(new Problem(file, line, w.written() + " is already the id of the heading on line " + before
                        + ": a link to #" + id + " reaches only that one; give this heading another id"));
            }
        }
    }

    static void check(Path file, FrontMatter fm, List<Problem> problems) {
        Optional<MarkdownTree> tree = MarkdownTree.of(fm.body());
        if (tree.isPresent()) {
            shownH1s(file, fm, tree.get(), problems);
            return;
        }
        String[] lines = fm.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (H1.matcher(line).matches()) {
                String text = line.substring(1).strip();
                problems.add(new Problem(file, fm.bodyStartLine() + i, "'# " + text + "' would be a second h1 (the title is the page's only h1): write '## "
                        + text + "' for a section"));
            } else if (i > 0 && !lines[i - 1].isBlank() && UNDERLINE.matcher(line).matches()) {
                underlinedH1(file, fm, lines, i, problems);
            }
        }
    }

    /**
     * The h1s of a text read whole ({@link MarkdownTree}): a {@code #} heading indented or in a list item or a quote, an
     * underlined one in a quote, an {@code <h1>} in HTML are h1s on the page as much as one at the start of a line.
     */
    private static void shownH1s(Path file, FrontMatter fm, MarkdownTree tree, List<Problem> problems) {
        String body = fm.body();
        for (MarkdownTree.Shown h : tree.headings()) {
            int line = fm.bodyStartLine() + h.line();
            if (h.level() != 1) {
                continue;
            }
            if (h.html() != null) {
                String text = h.html().text().strip();
                problems.add(new Problem(file, line, "'<h1>" + text + "</h1>' would be a second h1 (the title is the page's only h1): write '<h2>"
                        + text + "</h2>' for a section"));
            } else if (h.node().isSetextHeading()) {
                problems.add(underlined(file, line, h.node()));
            } else {
                int from = h.node().getStartOffset();
                int end = body.indexOf('\n', from);
                String text = body.substring(from, end < 0 ? body.length() : end).substring(1).strip();
                problems.add(new Problem(file, line, "'# " + text + "' would be a second h1 (the title is the page's only h1): write '## "
                        + text + "' for a section"));
            }
        }
    }

    private static Problem underlined(Path file, int line, Heading h) {
        String text = h.getText().toString().replaceAll("\\s+", " ").strip();
        return new Problem(file, line, "'" + text + "' underlined with '='"
                + " would be a second h1 (the title is the page's only h1): write '## " + text + "' for a section");
    }

    /**
     * A line of {@code =} under a paragraph makes it an h1 as {@code #} does (CommonMark's Setext heading): the
     * paragraph and its underline are read as the site's Markdown reads them, the error is at the text's first line.
     */
    private static void underlinedH1(Path file, FrontMatter fm, String[] lines, int underline, List<Problem> problems) {
        int start = underline - 1;
        while (start > 0 && !lines[start - 1].isBlank()) {
            start--;
        }
        String block = String.join("\n", Arrays.copyOfRange(lines, start, underline + 1));
        for (Node node : Markdown.parse(block).getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 1 && h.isSetextHeading()) {
                problems.add(underlined(file, fm.bodyStartLine() + start + h.getStartLineNumber(), h));
            }
        }
    }
}
