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
 * sentence is fine: word order differs between languages, and that is what ids are for.
 */
final class PlaceholderCheck {
    private PlaceholderCheck() {
    }

    /** What is wrong with the target's placeholders, or empty. */
    static Optional<String> check(TaggedText source, TaggedText target) {
        Map<String, TaggedText.Tag> expected = new HashMap<>();
        source.tags().forEach(t -> expected.put(key(t), t));
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        for (TaggedText.Tag tag : target.tags()) {
            String key = key(tag);
            if (!expected.containsKey(key)) {
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
        for (TaggedText.Tag tag : source.tags()) {
            if (!seen.contains(key(tag))) {
                return Optional.of("placeholder " + show(expected.get(key(tag))) + " is missing: put it back where it belongs");
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
