package guide.translation;

import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.DocumentType;
import guide.content.HeadingIds;
import guide.content.RememberedHeadingIds;
import guide.content.Markdown;
import guide.site.Problem;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A section's {@code {#id}} is its address in every language: the language switch takes a reader to the same
 * section of the other page by it, and {@code ./guide translate} and the XLIFF import keep a link's {@code #id}
 * when they point it at the translation. A translator who retypes a heading without its {@code {#id}} breaks both
 * silently (the heading gets an id made from its text instead), so the build warns for each id of the source's
 * headings that no heading of a published translation has: at the heading in the same place, when the two pages
 * have as many headings and that one has no id of its own, else at the first line of the text while some heading of
 * the translation has no id of its own. A translation whose every heading carries an id of its own is left alone: its
 * translator chose them (an adapted page whose sections differ), and a warning it could not silence would be noise.
 * Quizzes are left to the quiz's own checks, which already hold their sections to the source's.
 */
public final class DroppedSectionIds {

    private DroppedSectionIds() {
    }

    /**
     * One heading of a body: its text as written without its {@code {…}}, its id (null: none written), its file line, and
     * whether it is written in HTML ({@code <h2 id="scope">}, at {@code level}), where its id is written otherwise.
     */
    public record Heading(String text, String id, int line, boolean html, int level) {
        /** The id as it is written on this heading: {@code {#scope}}, or {@code id="scope"} in HTML. */
        String written(String id) {
            return html ? "id=\"" + id + "\"" : "{#" + id + "}";
        }
    }

    /**
     * What the preview remembers of each page between its builds, kept while the page's document is the same ({@link DocumentMemo}):
     * the ids its headings carry as the scan reads them, which every build compares for every translation (most of an edit's
     * scan at 2 x 1,000 pages when read again each time), and its headings as the page renders them, read only for a page that
     * dropped an id.
     */
    public record Memo(DocumentMemo<List<HeadingIds.Written>> written, DocumentMemo<List<Heading>> headings) {
        public Memo() {
            this(new DocumentMemo<>(), new DocumentMemo<>());
        }
    }

    /** A warning for each id a published translation of the report has dropped from its source's headings. */
    public static List<Problem> of(TranslationReport report, Memo memo) {
        List<Problem> warnings = new ArrayList<>();
        report.all().stream()
                .filter(state -> state.document() != null && state.source() != null && state.document() != state.source()
                        && !state.document().lang().equals(state.source().lang()) && !state.document().draft()
                        && state.document().type() != DocumentType.QUIZ)
                .forEach(state -> warnings.addAll(of(state.document(), state.source(), memo)));
        return warnings;
    }

    static List<Problem> of(ContentDocument translation, ContentDocument source, Memo memo) {
        if (keepsEveryId(memo.written().get(translation, DroppedSectionIds::written), memo.written().get(source, DroppedSectionIds::written))) {
            return List.of(); // nearly every translation: no need for the whole parse below (about 0.5 s of CPU at 2 x 1,000)
        }
        List<Heading> theirs = memo.headings().get(source, DroppedSectionIds::headings);
        List<Heading> ours = memo.headings().get(translation, DroppedSectionIds::headings);
        Set<String> kept = ours.stream().map(Heading::id).filter(Objects::nonNull).collect(Collectors.toSet());
        String from = source.source().toString().replace('\\', '/');
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < theirs.size(); i++) {
            Heading heading = theirs.get(i);
            if (heading.id() == null || kept.contains(heading.id())) {
                continue;
            }
            String id = heading.written(heading.id());
            String why = " gives this section, so that links to #" + heading.id() + " and the language switch reach it: ";
            if (ours.size() == theirs.size() && ours.get(i).id() == null) {
                Heading here = ours.get(i);
                warnings.add(Problem.warning(translation.source(), here.line(), "the heading '" + here.text() + "' has no "
                        + here.written(heading.id()) + ", the id its source (" + from + ":" + heading.line() + ", '" + heading.text() + "')" + why
                        + (here.html() ? "write " + here.written(heading.id()) + " in its <h" + here.level() + "> tag"
                                : "write it at the end of this heading, after a space")));
            } else if (ours.stream().anyMatch(h -> h.id() == null)) {
                warnings.add(Problem.warning(translation.source(), translation.frontMatter().bodyStartLine(), "no heading has "
                        + id + ", the id its source (" + from + ":" + heading.line() + ", '" + heading.text() + "')" + why
                        + "write it at the end of the heading that translates that one, after a space"));
            }
        }
        return warnings;
    }

    /**
     * Whether the translation's headings carry every id its source's headings do, as the scan reads ids ({@link HeadingIds},
     * whose ids the language switch carries): then no id is dropped, and no heading need be read whole.
     */
    private static boolean keepsEveryId(List<HeadingIds.Written> translation, List<HeadingIds.Written> source) {
        Set<String> ours = translation.stream().map(HeadingIds.Written::id).collect(Collectors.toSet());
        return source.stream().filter(w -> w.level() >= 2).allMatch(w -> ours.contains(w.id()));
    }

    private static List<HeadingIds.Written> written(ContentDocument doc) {
        return RememberedHeadingIds.read(doc.body());
    }

    /**
     * The body's section headings (levels 2 to 6) at their file lines, as the page renders them, those written in HTML too
     * ({@link HeadingIds#inHtml}, whose ids the language switch offers as it does {@code {#id}}): read from flexmark's parse
     * of the whole text ({@link Markdown#parse}, the parse the build renders), so that an underlined heading, one in a list
     * or a quote, and a {@code #} line in fenced or indented code count exactly when the built page has that heading; lines
     * are counted by {@link TextLines}, as every check counts them.
     */
    static List<Heading> headings(ContentDocument doc) {
        String body = doc.body();
        int first = doc.frontMatter().bodyStartLine();
        List<Heading> headings = new ArrayList<>();
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading && heading.getLevel() >= 2) {
                String id = heading.isExplicitAnchorRefId() && !heading.getAnchorRefId().isEmpty() ? heading.getAnchorRefId() : null;
                headings.add(new Heading(text(body, heading), id, first + TextLines.lineAt(body, heading.getStartOffset()) - 1, false,
                        heading.getLevel()));
            }
        }
        HeadingIds.inHtml(body).stream().filter(h -> h.level() >= 2)
                .forEach(h -> headings.add(new Heading(h.text(), h.id().isEmpty() ? null : h.id(), first + h.line() - 1, true, h.level())));
        headings.sort(Comparator.comparingInt(Heading::line));
        return headings;
    }

    /** The heading's text as written, without its attribute blocks ({@code {#id}}), on one line. */
    private static String text(String body, com.vladsch.flexmark.ast.Heading heading) {
        int end = heading.getText().getEndOffset();
        for (Node child : heading.getChildren()) {
            if (child instanceof AttributesNode) {
                end = Math.min(end, child.getStartOffset());
            }
        }
        return body.substring(heading.getText().getStartOffset(), end).replaceAll("\\s+", " ").strip();
    }
}
