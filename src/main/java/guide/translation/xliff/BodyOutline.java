package guide.translation.xliff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A body's parts: the intro, its sections and (when it ends with footnote definitions) the
 * footnote block, in order and covering the whole body; and the footnote block split into one
 * part per footnote, for when both languages' footnotes can be matched by label.
 *
 * @param undefinedFootnotes labels of footnote references ({@code [^label]}) that no definition
 *                           answers: the page would show them as typed
 */
public record BodyOutline(List<BodyPart> top, List<BodyPart> footnotes, Set<String> undefinedFootnotes) {

    public BodyOutline {
        top = List.copyOf(top);
        footnotes = List.copyOf(footnotes);
        undefinedFootnotes = Set.copyOf(undefinedFootnotes);
    }

    /** The part of either level that starts at {@code offset} and is of {@code kind}, if there is one. */
    public Optional<BodyPart> startingAt(int offset, BodyPart.Kind kind) {
        List<BodyPart> level = kind == BodyPart.Kind.FOOTNOTE ? footnotes : top;
        return level.stream().filter(p -> p.kind() == kind && p.start() == offset).findFirst();
    }

    /** True when some part (of either level) starts at {@code offset}, or the body ends there. */
    public boolean isBoundary(int offset) {
        if (!top.isEmpty() && top.get(top.size() - 1).end() == offset) {
            return true;
        }
        return top.stream().anyMatch(p -> p.start() == offset) || footnotes.stream().anyMatch(p -> p.start() == offset);
    }
}
