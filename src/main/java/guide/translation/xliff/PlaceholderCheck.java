package guide.translation.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A link's end placeholder with an address, {@code ](/pl/page/#id "title")}: the address. */
    private static final Pattern LINK_ADDRESS = Pattern.compile("^\\]\\(\\s*<?([^)\\s>]+)");

    /** What is wrong with the target's placeholders, or empty. */
    static Optional<String> check(TaggedText source, TaggedText target) {
        return check(source, target, UnaryOperator.identity());
    }

    /**
     * What is wrong with the target's placeholders, or empty. A link that lost a placeholder is named by its address as the
     * translator's target has it, which they can find in the CAT tool: the end placeholder still in the target, else
     * {@code exportedLinkEnd} (a source link's end placeholder as the exported target had it), and by the source's address
     * where that differs.
     */
    static Optional<String> check(TaggedText source, TaggedText target, UnaryOperator<TaggedText.Tag> exportedLinkEnd) {
        Map<String, TaggedText.Tag> expected = new HashMap<>();
        source.tags().forEach(t -> expected.put(key(t), t));
        Set<String> seen = new HashSet<>();
        Optional<String> wrong = order(target, expected, seen, new ArrayDeque<>());
        if (wrong.isPresent()) {
            return wrong;
        }
        for (TaggedText.Tag tag : source.tags()) {
            if (!seen.contains(key(tag))) {
                return Optional.of(missingLink(source, target, tag, seen, exportedLinkEnd)
                        .orElse("placeholder " + show(expected.get(key(tag))) + " is missing: put it back where it belongs"));
            }
        }
        return Optional.empty();
    }

    /**
     * For a missing start or end of a link with an address: which link lost it, by the address the translator's text
     * has ("the link to /en/page/ (in the source: /pl/strona/) lost its end"), and where to put it back.
     */
    private static Optional<String> missingLink(TaggedText source, TaggedText target, TaggedText.Tag missing, Set<String> seen,
                                                UnaryOperator<TaggedText.Tag> exportedLinkEnd) {
        boolean link = source.tags().stream().anyMatch(t -> t.id().equals(missing.id()) && t.type().equals("link")); // the start's ctype
        Optional<TaggedText.Tag> end = source.tags().stream().filter(t -> link && t.role() == TagRole.CLOSE && t.id().equals(missing.id())).findFirst();
        Optional<String> address = end.flatMap(t -> address(t.markdown()));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        TaggedText.Tag targetEnd = target.tags().stream().filter(t -> t.role() == TagRole.CLOSE && t.id().equals(missing.id())).findFirst()
                .orElseGet(() -> exportedLinkEnd.apply(end.get()));
        String translated = address(targetEnd.markdown()).orElse(address.get());
        String which = "the link to " + translated + (translated.equals(address.get()) ? "" : " (in the source: " + address.get() + ")");
        String start = "<bpt id=\"" + missing.id() + "\">";
        String stop = "<ept id=\"" + missing.id() + "\">";
        boolean startGone = !seen.contains(TagRole.OPEN + " " + missing.id());
        boolean endGone = !seen.contains(TagRole.CLOSE + " " + missing.id());
        if (startGone && endGone) {
            return Optional.of("placeholders " + start + " and " + stop + " are missing: " + which + " lost both its start and its end; put them back around the link's words");
        }
        return Optional.of(startGone
                ? "placeholder " + start + " is missing: " + which + " lost its start; put it back right before the link's words"
                : "placeholder " + stop + " is missing: " + which + " lost its end; put it back right after the link's words");
    }

    /** The address in a link's or image's end placeholder ({@code ](/pl/page/#id "title")}: {@code /pl/page/#id}), if it has one. */
    static Optional<String> address(String linkEnd) {
        Matcher m = LINK_ADDRESS.matcher(linkEnd);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
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
        Set<String> present = new HashSet<>();
        target.tags().forEach(t -> present.add(key(t)));
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
                if (expected != null && !present.contains(TagRole.OPEN + " " + tag.id())) {
                    continue; // its start is missing, not misplaced: check() names it as missing
                }
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
