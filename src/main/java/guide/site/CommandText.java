package guide.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A message that names the command as typed ({@link GuideCommand#name()}: "once it matches the source: ../guide translations
 * stamp content/en/about.md"), with the command's places kept apart from the words around them. The last build's warnings are
 * stored this way, so that a build that finds nothing changed says them again naming the command as typed now
 * ({@code ./guide} at the top after {@code ../guide} in {@code content/}), without searching the words for a command: an
 * editor's file or heading may hold the same characters.
 *
 * @param pieces the words between the command's places, in order: one piece for a text that names no command, two for a text
 *               that names it once
 */
public record CommandText(List<String> pieces) {
    public CommandText {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a text has at least one piece");
        }
        pieces = List.copyOf(pieces);
    }

    /** A text that names no command. */
    public static CommandText plain(String text) {
        return new CommandText(List.of(text));
    }

    /** {@code before}, the command, then {@code after}: "…once translated: " + command + " translations stamp FILE". */
    public static CommandText around(String before, String after) {
        return new CommandText(List.of(before, after));
    }

    /** This text with {@code start} before it (a file and line: "content/en/about.md:2: "). */
    public CommandText after(String start) {
        List<String> joined = new ArrayList<>(pieces);
        joined.set(0, start + pieces.get(0));
        return new CommandText(joined);
    }

    /** Whether the text names the command at all. */
    public boolean namesCommand() {
        return pieces.size() > 1;
    }

    /** The text as said now: the command's places hold {@link GuideCommand#name()}. */
    public String said() {
        return String.join(GuideCommand.name(), pieces);
    }

    /** As {@link #said()}: the text, wherever it is joined to words. */
    @Override
    public String toString() {
        return said();
    }
}
