package guide.content;

import java.util.Locale;

/**
 * Strips a header key or value of what an editor cannot see at its ends: spaces and tabs, and also
 * no-break spaces (U+00A0, U+202F: word processors and Mac text put them in pasted text) and
 * invisible format characters (zero-width space U+200B, joiners, word joiner U+2060, a byte order
 * mark U+FEFF, direction marks), which {@link String#strip} keeps. Pasted into {@code status=published}
 * they made the value another word ({@code status must be 'published' or 'draft', not 'published '}),
 * with nothing on the screen to show why; at the ends of a value they mean nothing. Inside a
 * one-word value (a translationKey, a status) one is named with the text before it ({@link #inside}).
 */
final class InvisibleEdges {
    private InvisibleEdges() {
    }

    /** The text without invisible characters at its start and end. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Where the first invisible character inside {@code value} is, said for the editor; null when it has none. */
    static String inside(String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (invisible(c) && c != ' ' && c != '\t') {
                return key + "=" + value.substring(0, i) + "… has an invisible character after '" + value.substring(0, i) + "' (U+"
                        + String.format("%04X", (int) c) + ", " + Character.getName(c).toLowerCase(Locale.ROOT)
                        + ", often pasted with text): delete it, or type the value again";
            }
        }
        return null;
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
