package guide.translation.xliff;

import guide.check.ContentHtmlLocator;
import guide.content.ContentDocument;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation file an import would write, checked as the build will read it: its header
 * parses; the checklist's {@code {#id points=N decides=...}} are exactly the source's; the body
 * no unit brings HTML the build's content allowlist refuses ({@link ContentHtmlLocator}); and the body
 * parses back into the same units and skeleton (a target that types Markdown of its own, a blank
 * line, a {@code #} or a {@code [link](…)}, would change the page's structure).
 */
final class RebuiltCheck {
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{#[^{}\\n]*}");

    private RebuiltCheck() {
    }

    static void check(XliffFile file, ContentDocument source, String text, Map<String, TaggedText> targets, List<Problem> problems) {
        List<Problem> header = new ArrayList<>();
        Optional<FrontMatter> parsed = FrontMatterParser.parse(Path.of(file.targetPath()), text, header);
        header.forEach(p -> problems.add(new Problem(file.file(), 0, "would write " + p)));
        if (parsed.isEmpty()) {
            return;
        }
        String body = parsed.get().body();
        Map<String, int[]> offsets = file.skeleton().offsets(id -> targets.get(id).markdown());
        if (XliffImporter.isChecklist(source)) {
            List<String> expected = attributes(file.skeleton().fill(id -> file.unit(id).orElseThrow().source().markdown()));
            List<String> actual = attributes(body);
            if (!expected.equals(actual)) {
                problems.add(new Problem(file.file(), unitLine(file, offsets, firstDifference(body, expected, actual)),
                        unitAt(file, offsets, firstDifference(body, expected, actual))
                                + "would change the checklist's ids, points or decides: write the statement's text only"));
                return;
            }
        }
        unsafeHtml(file, source, parsed.get(), offsets, problems);
        if (problems.isEmpty()) {
            structure(file, source, body, targets, problems);
        }
    }

    private static void structure(XliffFile file, ContentDocument source, String body, Map<String, TaggedText> targets, List<Problem> problems) {
        SegmentedBody again = MarkdownSegmenter.segment(body, XliffImporter.isChecklist(source));
        List<String> slots = file.skeleton().slots();
        if (slots.isEmpty()) {
            return;
        }
        List<Skeleton.Part> expected = file.skeleton().parts();
        List<Skeleton.Part> actual = again.skeleton().parts();
        int slot = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Skeleton.Part a = i < expected.size() ? expected.get(i) : null;
            Skeleton.Part b = i < actual.size() ? actual.get(i) : null;
            boolean same = a instanceof Skeleton.Literal la ? la.equals(b) : b instanceof Skeleton.Slot;
            if (!same) {
                ownMarkdown(file, slots.get(Math.max(0, Math.min(slot, slots.size()) - (a instanceof Skeleton.Slot ? 0 : 1))), problems);
                return;
            }
            if (b instanceof Skeleton.Slot) {
                String id = slots.get(slot);
                if (!TagMatcher.shape(again.units().get(slot).source()).equals(TagMatcher.shape(targets.get(id)))) {
                    ownMarkdown(file, id, problems);
                    return;
                }
                slot++;
            }
        }
    }

    private static void ownMarkdown(XliffFile file, String id, List<Problem> problems) {
        ReadUnit unit = file.unit(id).orElseThrow();
        problems.add(new Problem(file.file(), unit.line(), unit.label() + ": the translation's text makes Markdown of its own here (a link, "
                + "emphasis, a heading, list or new paragraph): write plain text and keep the tags, or escape the character with \\"));
    }

    private static void unsafeHtml(XliffFile file, ContentDocument source, FrontMatter fm, Map<String, int[]> offsets, List<Problem> problems) {
        ContentDocument doc = new ContentDocument(Path.of(file.targetPath()), file.targetLang(), "", source.type(), false,
                fm.get("title"), null, source.translationKey(), fm.get("author"), fm.get("summary"), List.of(), fm);
        for (Problem p : ContentHtmlLocator.check(doc)) {
            int start = offsetOfLine(fm.body(), p.line() - fm.bodyStartLine());
            int lineEnd = fm.body().indexOf('\n', start);
            int offset = inside(offsets, start, lineEnd < 0 ? fm.body().length() : lineEnd);
            problems.add(new Problem(file.file(), unitLine(file, offsets, offset), unitAt(file, offsets, offset) + "would bring "
                    + p.message() + " into " + p.file().toString().replace('\\', '/') + ":" + p.line()));
        }
    }

    private static List<String> attributes(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = ATTRIBUTES.matcher(body);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
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

    /** An offset inside the first unit that overlaps the line from {@code start} to {@code end}, else {@code start}. */
    private static int inside(Map<String, int[]> offsets, int start, int end) {
        for (int[] range : offsets.values()) {
            if (range[0] <= end && range[1] >= start) {
                return Math.max(range[0], start);
            }
        }
        return start;
    }

    private static int offsetOfLine(String body, int lineIndex) {
        int offset = 0;
        for (int i = 0; i < lineIndex && offset >= 0; i++) {
            offset = body.indexOf('\n', offset) + 1;
        }
        return Math.max(offset, 0);
    }
}
