package guide.translation.xliff;

import guide.check.ContentHtmlLocator;
import guide.content.BodyHeadings;
import guide.content.ContentDocument;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.quiz.AttributeBlock;
import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation file an import would write, checked as the build will read it: its header
 * parses; the checklist's {@code {#id points=N decides=...}} are exactly the source's, in any order of their words
 * ({@link AttributeBlock}); its headings
 * pass the build's checks ({@link BodyHeadings}: one id each, no second h1), named as the build names
 * them; no unit brings HTML the build's content allowlist refuses ({@link ContentHtmlLocator}); and the body
 * parses back into the structure it was exported with ({@link RebuiltStructure}).
 */
final class RebuiltCheck {
    /** A Markdown attribute block with an id among its words, in every spelling the quiz reads as one ({@link AttributeBlock#WITH_ID}). */
    private static final Pattern ATTRIBUTES = AttributeBlock.WITH_ID;

    private RebuiltCheck() {
    }

    /**
     * @param exported        the source's body the file was made from, segmented
     * @param undefinedBefore footnote labels the translation already left without a definition
     */
    static void check(XliffFile file, ContentDocument source, String text, Map<String, TaggedText> targets, SegmentedBody exported,
                      Supplier<Set<String>> undefinedBefore, List<Problem> problems) {
        List<Problem> header = new ArrayList<>();
        Optional<FrontMatter> parsed = FrontMatterParser.parse(Path.of(file.targetPath()), text, header);
        header.forEach(p -> problems.add(new Problem(file.file(), 0, "would write " + p)));
        if (parsed.isEmpty()) {
            return;
        }
        String body = parsed.get().body();
        Map<String, int[]> offsets = file.skeleton().offsets(id -> targets.get(id).markdown());
        if (XliffImporter.isChecklist(source)) {
            List<String> expected = attributes(exported.body());
            List<String> actual = attributes(body);
            if (!expected.equals(actual)) {
                problems.add(new Problem(file.file(), unitLine(file, offsets, firstDifference(body, expected, actual)),
                        unitAt(file, offsets, firstDifference(body, expected, actual))
                                + "would change the checklist's ids, points or decides: write the statement's text only"));
                return;
            }
        }
        if (headings(file, source, parsed.get(), offsets, problems)) {
            return;
        }
        Optional<RebuiltStructure.Broken> broken = RebuiltStructure.check(file, exported, body, XliffImporter.isChecklist(source), targets, undefinedBefore);
        if (broken.isPresent() && Unit.isSection(broken.get().unitId())) {
            // A whole section that lost its heading or its end changes the Markdown around it; say that, not what the HTML then shows.
            problems.add(broken.get().problem());
            return;
        }
        unsafeHtml(file, source, parsed.get(), offsets, problems);
        if (problems.isEmpty()) {
            broken.ifPresent(b -> problems.add(b.problem()));
        }
    }

    private static void unsafeHtml(XliffFile file, ContentDocument source, FrontMatter fm, Map<String, int[]> offsets, List<Problem> problems) {
        ContentDocument doc = new ContentDocument(Path.of(file.targetPath()), file.targetLang(), "", source.type(), false,
                fm.get("title"), null, source.translationKey(), fm.get("author"), fm.get("summary"), List.of(), fm);
        for (Problem p : ContentHtmlLocator.check(doc)) {
            int offset = offsetOn(fm, offsets, p.line());
            problems.add(new Problem(file.file(), unitLine(file, offsets, offset), unitAt(file, offsets, offset) + "would bring "
                    + p.message() + " into " + p.file().toString().replace('\\', '/') + ":" + p.line()));
        }
    }

    /**
     * The build's checks of the headings on the body the import would write, each problem as the build states it, with
     * the file and line it would have: the build stops at them before it renders the page, so what the rendering would
     * show of the same mistake (an id block that ends up on a span) is not said. True when there were any.
     */
    private static boolean headings(XliffFile file, ContentDocument source, FrontMatter fm, Map<String, int[]> offsets, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        BodyHeadings.check(Path.of(file.targetPath()), fm, source.type(), found);
        for (Problem p : found) {
            int offset = offsetOn(fm, offsets, p.line());
            problems.add(new Problem(file.file(), unitLine(file, offsets, offset), unitAt(file, offsets, offset) + "would write " + p));
        }
        return !found.isEmpty();
    }

    /** An offset in the body of the unit that line {@code line} of the written file (counted as the build counts it) holds. */
    private static int offsetOn(FrontMatter fm, Map<String, int[]> offsets, int line) {
        int start = offsetOfLine(fm.body(), line - fm.bodyStartLine());
        return inside(offsets, start, TextLines.lineEnd(fm.body(), start));
    }

    private static List<String> attributes(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = ATTRIBUTES.matcher(body);
        while (m.find()) {
            found.add(written(m));
        }
        return found;
    }

    /** The block as the quiz reads it ({@link AttributeBlock#readAs}): {@code { points=3  #a }} is {@code {#a points=3}}. */
    private static String written(Matcher m) {
        return AttributeBlock.readAs(m.group(1));
    }

    /** Offset in {@code body} of the first attribute block that differs. */
    private static int firstDifference(String body, List<String> expected, List<String> actual) {
        Matcher m = ATTRIBUTES.matcher(body);
        int i = 0;
        while (m.find()) {
            if (i >= expected.size() || !expected.get(i).equals(actual.get(i))) {
                return m.start();
            }
            i++;
        }
        return body.length();
    }

    private static String unitAt(XliffFile file, Map<String, int[]> offsets, int offset) {
        return unit(offsets, offset).flatMap(file::unit).map(u -> u.label() + ": ").orElse("");
    }

    private static int unitLine(XliffFile file, Map<String, int[]> offsets, int offset) {
        return unit(offsets, offset).flatMap(file::unit).map(ReadUnit::line).orElse(0);
    }

    /** The unit whose text holds {@code offset} of the body, or the last one before it. */
    private static Optional<String> unit(Map<String, int[]> offsets, int offset) {
        String found = null;
        for (Map.Entry<String, int[]> e : offsets.entrySet()) {
            if (e.getValue()[0] <= offset) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * An offset inside the first unit that overlaps the line from {@code start} to {@code end}, else {@code start}. A unit
     * that ends where the line starts (a whole section before a heading, its blank lines and all) is not on the line.
     */
    private static int inside(Map<String, int[]> offsets, int start, int end) {
        for (int[] range : offsets.values()) {
            if (range[0] <= end && range[1] > start) {
                return Math.max(range[0], start);
            }
        }
        return start;
    }

    private static int offsetOfLine(String body, int lineIndex) {
        int offset = 0;
        for (int i = 0, next = 0; i < lineIndex && (next = TextLines.nextLine(body, TextLines.lineEnd(body, offset))) >= 0; i++) {
            offset = next;
        }
        return offset;
    }
}
