package guide.translation.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole part of a body as the text of one unit, for a part whose translation does not follow the
 * source block for block: every unit's words and placeholders in order, and the Markdown between
 * them (heading and list markers, {@code {#id}}, blank lines, code blocks, footnote labels) as
 * placeholders of kind {@value #BLOCK}, blank lines apart, so that the translator edits words and
 * the tool keeps the structure. The text's Markdown is the part's, byte for byte.
 */
final class SectionText {
    /** The ctype of the Markdown between units. */
    static final String BLOCK = "x-block";
    /** A line break followed by blank lines: a paragraph break, its own placeholder so that it matches the other language's. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t]*\\n)+");

    private SectionText() {
    }

    /** {@code range} of {@code body} as one unit's text, its placeholders numbered from 1. */
    static TaggedText of(SegmentedBody body, TextRange range) {
        TaggedText.Builder out = new TaggedText.Builder();
        int next = 1;
        int cursor = range.start();
        for (int i : body.unitsStartingIn(range)) {
            TextRange unit = body.ranges().get(i);
            next = markup(out, body.body().substring(cursor, unit.start()), next);
            Map<String, String> ids = new HashMap<>();
            for (TaggedText.Span span : body.units().get(i).source().spans()) {
                if (span instanceof TaggedText.Tag tag) {
                    String id = tag.role() == TagRole.CLOSE ? ids.get(tag.id()) : String.valueOf(next++);
                    ids.put(tag.id(), id);
                    out.tag(tag.role(), id, tag.type(), tag.markdown());
                } else {
                    out.text(span.markdown());
                }
            }
            cursor = unit.end();
        }
        markup(out, body.body().substring(cursor, range.end()), next);
        return out.build();
    }

    /** Markdown between units, one placeholder per piece: blank lines apart from what is before and after them. */
    private static int markup(TaggedText.Builder out, String markdown, int next) {
        Matcher blank = BLANK_LINES.matcher(markdown);
        int at = 0;
        while (blank.find()) {
            next = piece(out, markdown.substring(at, blank.start()), next);
            next = piece(out, blank.group(), next);
            at = blank.end();
        }
        return piece(out, markdown.substring(at), next);
    }

    private static int piece(TaggedText.Builder out, String markdown, int next) {
        if (markdown.isEmpty()) {
            return next;
        }
        out.tag(TagRole.STANDALONE, String.valueOf(next), BLOCK, markdown);
        return next + 1;
    }

    /**
     * The translation's text of a part with its placeholders renumbered against the source's: a
     * placeholder that stands for the same Markdown as one of the source's (a {@code ## }, the
     * {@code {#id}}, a blank line, a {@code **}) takes that one's id, in order, so a CAT tool sees
     * them as the same tag; the others (the translation's own link addresses, footnotes, extra
     * paragraphs) take ids the source does not use.
     */
    static TaggedText sharingIds(TaggedText source, TaggedText target) {
        Map<String, Deque<String>> free = new HashMap<>();
        int next = 1;
        for (TaggedText.Tag tag : source.tags()) {
            if (tag.role() != TagRole.CLOSE) {
                free.computeIfAbsent(key(tag), k -> new ArrayDeque<>()).add(tag.id());
            }
            next = Math.max(next, number(tag.id()) + 1);
        }
        Map<String, String> opened = new HashMap<>();
        TaggedText.Builder out = new TaggedText.Builder();
        for (TaggedText.Span span : target.spans()) {
            if (!(span instanceof TaggedText.Tag tag)) {
                out.text(span.markdown());
                continue;
            }
            String id;
            if (tag.role() == TagRole.CLOSE) {
                id = opened.get(tag.id());
            } else {
                Deque<String> same = free.get(key(tag));
                id = same != null && !same.isEmpty() ? same.poll() : String.valueOf(next++);
                opened.put(tag.id(), id);
            }
            out.tag(tag.role(), id, tag.type(), tag.markdown());
        }
        return out.build();
    }

    private static String key(TaggedText.Tag tag) {
        return tag.role() + " " + tag.type() + " " + tag.markdown();
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
