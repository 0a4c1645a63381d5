package guide.translation.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an existing translation's placeholders the ids of its source's: the n-th link of the
 * translated paragraph is the n-th link of the source paragraph, the n-th inline code the n-th
 * inline code, and so on by kind. Each keeps its own Markdown (the translation's link address).
 * Empty when the two do not have the same placeholders of each kind.
 */
final class TagMatcher {
    private TagMatcher() {
    }

    static Optional<TaggedText> remap(TaggedText translation, TaggedText source) {
        Map<String, Deque<String>> free = new HashMap<>();
        for (TaggedText.Tag tag : source.tags()) {
            if (tag.role() != TagRole.CLOSE) {
                free.computeIfAbsent(tag.role() + " " + tag.type(), k -> new ArrayDeque<>()).add(tag.id());
            }
        }
        Map<String, String> ids = new HashMap<>();
        TaggedText.Builder out = new TaggedText.Builder();
        for (TaggedText.Span span : translation.spans()) {
            if (span instanceof TaggedText.Text text) {
                out.text(text.text());
                continue;
            }
            TaggedText.Tag tag = (TaggedText.Tag) span;
            String id;
            if (tag.role() == TagRole.CLOSE) {
                id = ids.get(tag.id());
            } else {
                Deque<String> candidates = free.get(tag.role() + " " + tag.type());
                id = candidates == null ? null : candidates.poll();
                ids.put(tag.id(), id);
            }
            if (id == null) {
                return Optional.empty();
            }
            out.tag(tag.role(), id, tag.type(), tag.markdown());
        }
        boolean allUsed = free.values().stream().allMatch(Deque::isEmpty);
        return allUsed ? Optional.of(out.build()) : Optional.empty();
    }

    /** The placeholders' kinds in order, to compare two texts' markup. */
    static List<String> shape(TaggedText text) {
        return text.tags().stream().map(t -> t.role() + " " + t.type()).toList();
    }
}
