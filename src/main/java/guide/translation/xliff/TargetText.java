package guide.translation.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A target as it goes into the document: without the spaces CAT tools leave around a segment, and
 * with each placeholder's kind taken from the source (XLIFF's {@code <ept>} has none of its own),
 * or, for one the source does not have (a whole section's own), from its start in the target.
 */
final class TargetText {
    private TargetText() {
    }

    static TaggedText prepared(TaggedText source, TaggedText target) {
        Map<String, String> types = new HashMap<>();
        target.tags().stream().filter(t -> t.role() != TagRole.CLOSE).forEach(t -> types.put(t.role() + " " + t.id(), t.type()));
        source.tags().stream().filter(t -> t.role() != TagRole.CLOSE).forEach(t -> types.put(t.role() + " " + t.id(), t.type()));
        List<TaggedText.Span> spans = new ArrayList<>();
        for (TaggedText.Span span : target.spans()) {
            if (span instanceof TaggedText.Tag tag) {
                TagRole typedBy = tag.role() == TagRole.CLOSE ? TagRole.OPEN : tag.role();
                spans.add(new TaggedText.Tag(tag.role(), tag.id(), types.getOrDefault(typedBy + " " + tag.id(), tag.type()), tag.markdown()));
            } else {
                spans.add(span);
            }
        }
        if (!spans.isEmpty() && spans.get(0) instanceof TaggedText.Text first) {
            spans.set(0, new TaggedText.Text(first.text().stripLeading()));
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last) instanceof TaggedText.Text end) {
            spans.set(last, new TaggedText.Text(end.text().stripTrailing()));
        }
        return new TaggedText(spans);
    }
}
