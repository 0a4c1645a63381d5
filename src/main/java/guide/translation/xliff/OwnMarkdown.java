package guide.translation.xliff;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a target's words most likely makes Markdown of its own, once the rebuilt page has shown
 * that something does ({@link RebuiltStructure}): a line break (a CAT tool's Shift+Enter, or text
 * pasted with its lines), then a bracket, an asterisk, a backtick, a heading's {@code #} or a list
 * marker at a line's start, then an underscore; named with the words just before it, so the
 * translator finds it in a long paragraph. Only the words are searched, never the tags.
 */
final class OwnMarkdown {
    private static final int CONTEXT = 30;
    private static final List<Named> SUSPECTS = List.of(
            new Named(Pattern.compile("\\R"), "a line break"),
            new Named(Pattern.compile("!?\\[|\\]"), null),
            new Named(Pattern.compile("\\*+"), null),
            new Named(Pattern.compile("`+"), null),
            new Named(Pattern.compile("^(#+|[-+*]|\\d+[.)])(?=\\s)"), null),
            new Named(Pattern.compile("<[a-zA-Z/!]"), null),
            new Named(Pattern.compile("_+"), null));

    private record Named(Pattern pattern, String name) {
    }

    private OwnMarkdown() {
    }

    /** {@code a line break after "…team of five."}, {@code "**" after "We try to keep"}; empty when nothing is suspect. */
    static Optional<String> in(TaggedText target) {
        StringBuilder words = new StringBuilder();
        for (TaggedText.Span span : target.spans()) {
            words.append(span instanceof TaggedText.Text t ? t.text() : "\u0000");
        }
        String text = words.toString();
        for (Named suspect : SUSPECTS) {
            Matcher m = suspect.pattern().matcher(text);
            while (m.find()) {
                if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                    continue; // escaped, as the message asks
                }
                String name = suspect.name() != null ? suspect.name() : "\"" + m.group().strip() + "\"";
                String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start()).replace("\u0000", "").strip();
                String shown = m.start() > CONTEXT && before.contains(" ") ? "…" + before.substring(before.indexOf(' ') + 1) : before;
                return Optional.of(name + (shown.isEmpty() ? " at its start" : " after \"" + shown + "\""));
            }
        }
        return Optional.empty();
    }
}
