package guide.translation.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A target must hold exactly its source's placeholders: none missing, none added, none twice,
 * and every pair's end after its start without crossing another pair (Markdown cannot express
 * {@code **bold [link** text]}). Moving a whole pair or a single placeholder elsewhere in the
 * sentence is fine: word order differs between languages, and that is what ids are for. A
 * whole-section unit's target carries the translation's own Markdown, not the source's, so there
 * only the order rules hold ({@link #checkOrder}).
 */
final class PlaceholderCheck {
    private PlaceholderCheck() {
    }

    /** What is wrong with the target's placeholders, or empty. */
    static Optional<String> check(TaggedText source, TaggedText target) {
        Map<String, TaggedText.Tag> expected = new HashMap<>();
        source.tags().forEach(t -> expected.put(key(t), t));
        Set<String> seen = new HashSet<>();
        Optional<String> wrong = order(target, expected, seen, new ArrayDeque<>());
        if (wrong.isPresent()) {
            return wrong;
        }
        for (TaggedText.Tag tag : source.tags()) {
            if (!seen.contains(key(tag))) {
                return Optional.of("placeholder " + show(expected.get(key(tag))) + " is missing: put it back where it belongs");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the order of a whole-section target's placeholders (none twice, each end after its start, no crossing), or empty. */
    static Optional<String> checkOrder(TaggedText target) {
        Deque<String> open = new ArrayDeque<>();
        Optional<String> wrong = order(target, null, new HashSet<>(), open);
        if (wrong.isEmpty() && !open.isEmpty()) {
            return Optional.of("placeholder <bpt id=\"" + open.peek() + "\"> has no end: put its <ept id=\"" + open.peek() + "\"> back after its words");
        }
        return wrong;
    }

    /** Checks against {@code expected} (null: any placeholder may appear) and order; fills {@code seen}, leaves unclosed starts in {@code open}. */
    private static Optional<String> order(TaggedText target, Map<String, TaggedText.Tag> expected, Set<String> seen, Deque<String> open) {
        for (TaggedText.Tag tag : target.tags()) {
            String key = key(tag);
            if (expected != null && !expected.containsKey(key)) {
                return Optional.of("placeholder " + show(tag) + " is not in the source: remove it");
            }
            if (!seen.add(key)) {
                return Optional.of("placeholder " + show(tag) + " appears twice: keep one");
            }
            if (tag.role() == TagRole.OPEN) {
                open.push(tag.id());
            } else if (tag.role() == TagRole.CLOSE) {
                if (!seen.contains(TagRole.OPEN + " " + tag.id())) {
                    return Optional.of("placeholders reordered: " + show(tag) + " comes before its start <bpt id=\"" + tag.id() + "\">");
                }
                if (!tag.id().equals(open.peek())) {
                    return Optional.of("placeholders reordered: " + show(tag) + " closes across <bpt id=\"" + open.peek()
                            + "\">; keep each start and end around the same words");
                }
                open.pop();
            }
        }
        return Optional.empty();
    }

    private static String key(TaggedText.Tag tag) {
        return tag.role() + " " + tag.id();
    }

    private static String show(TaggedText.Tag tag) {
        String markdown = tag.markdown().replace("\n", "\\n");
        return "<" + tag.role().element() + " id=\"" + tag.id() + "\"> (" + (markdown.length() > 40 ? markdown.substring(0, 40) + "…" : markdown) + ")";
    }
}
