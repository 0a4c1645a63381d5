package guide.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compounds of one selector ({@code .note > p a}) as the contrast checks need them: its subject, the last compound, which
 * says what the rule styles; the element type the subject names ({@code a}), whose own rule gives it a colour; and the
 * compounds its subject is inside ({@code p}, then {@code .note}), whose colour its text inherits. A compound followed by
 * {@code +} or {@code ~} is a sibling, not an ancestor, and is left out of those.
 */
public final class SelectorParts {
    private static final Pattern ELEMENT = Pattern.compile("^[a-z][a-z0-9-]*");

    private SelectorParts() {
    }

    /** The last compound of {@code selector}: what follows its last combinator outside brackets. */
    public static String subject(String selector) {
        List<String> parts = parts(selector.strip());
        return parts.get(parts.size() - 1);
    }

    /** The element type {@code selector}'s subject names, lower-cased ({@code a} of {@code .note a:hover}), or null. */
    public static String element(String selector) {
        Matcher element = ELEMENT.matcher(subject(selector).toLowerCase(Locale.ROOT));
        return element.find() ? element.group() : null;
    }

    /** The compounds {@code selector}'s subject is inside, as written, the nearest first. */
    public static List<String> ancestors(String selector) {
        List<String> parts = parts(selector.strip());
        List<String> found = new ArrayList<>();
        for (int i = parts.size() - 3; i >= 0; i -= 2) {
            if (!parts.get(i + 1).equals("+") && !parts.get(i + 1).equals("~")) {
                found.add(parts.get(i));
            }
        }
        return found;
    }

    /** {@code selector} split into compounds and the combinators between them ({@code " "}, {@code >}, {@code +}, {@code ~}). */
    static List<String> parts(String selector) {
        List<String> parts = new ArrayList<>();
        StringBuilder compound = new StringBuilder();
        String combinator = null;
        int depth = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            boolean space = Character.isWhitespace(c);
            if (depth == 0 && (space || c == '>' || c == '+' || c == '~')) {
                combinator = space && combinator != null ? combinator : space ? " " : String.valueOf(c);
            } else {
                if (combinator != null && compound.length() > 0) {
                    parts.add(compound.toString());
                    parts.add(combinator);
                    compound.setLength(0);
                }
                combinator = null;
                compound.append(c);
            }
        }
        parts.add(compound.toString());
        return parts;
    }
}
