package guide.html;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * Straight quotes as a language prints them. Editors type {@code "} and {@code '} on a keyboard;
 * readers see the language's quotation marks, which ICU4J takes from CLDR (“…” and ‘…’ in
 * English, „…” and «…» in Polish, «…» and „…“ in Ukrainian), and an apostrophe as ’ (don’t,
 * ’90s).
 *
 * <p>Whether a quote opens or closes follows from the character before it, as SmartyPants decides:
 * at the start of a block, after a space, an opening bracket, a dash or an opening mark it opens;
 * anywhere else it closes. A single quote between two letters, or before a digit where a quote
 * would open ('90s), is an apostrophe; a single quote that closes is the language's closing mark
 * only if one was opened before it in the same block, and otherwise an apostrophe (the clients'
 * invoices).
 *
 * <p>The character before a text may stand in the text before it ({@code <em>word</em>"}), so the
 * marks are applied through a {@link Block}, one for each block of text, fed its texts in order.
 */
final class QuoteMarks {
    private final char open;
    private final char close;
    private final char innerOpen;
    private final char innerClose;

    QuoteMarks(ULocale locale) {
        LocaleData data = LocaleData.getInstance(locale);
        this.open = mark(data.getDelimiter(LocaleData.QUOTATION_START), '“');
        this.close = mark(data.getDelimiter(LocaleData.QUOTATION_END), '”');
        this.innerOpen = mark(data.getDelimiter(LocaleData.ALT_QUOTATION_START), '‘');
        this.innerClose = mark(data.getDelimiter(LocaleData.ALT_QUOTATION_END), '’');
    }

    /** CLDR's mark, or the fallback where a locale has none or more than one character. */
    private static char mark(String delimiter, char fallback) {
        return delimiter != null && delimiter.length() == 1 ? delimiter.charAt(0) : fallback;
    }

    /** A new block of text: nothing stands before its first character. */
    Block block() {
        return new Block();
    }

    /** The texts of one block (a paragraph, heading, list item, table cell), in reading order. */
    final class Block {
        private static final char APOSTROPHE = '’';
        /** The last character of the block so far; 0 at its start. */
        private char previous;
        private boolean innerOpened;

        private Block() {
        }

        /** The text with its straight quotes replaced; what comes after it in the block continues from its end. */
        String apply(String text) {
            if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
                passOver(text);
                return text;
            }
            char[] chars = text.toCharArray();
            char before = previous;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c == '"' || c == '\'') {
                    char next = i + 1 < chars.length ? chars[i + 1] : 0;
                    chars[i] = c == '"' ? (opensAfter(before) ? open : close) : single(before, next);
                }
                before = chars[i];
            }
            previous = before;
            return new String(chars);
        }

        /** Text that keeps its quotes (code, for example) but stands before what follows it. */
        void passOver(String text) {
            if (!text.isEmpty()) {
                previous = text.charAt(text.length() - 1);
            }
        }

        private char single(char before, char next) {
            if (opensAfter(before)) {
                if (Character.isDigit(next)) {
                    return APOSTROPHE;
                }
                innerOpened = true;
                return innerOpen;
            }
            if (Character.isLetter(before) && Character.isLetter(next) || !innerOpened) {
                return APOSTROPHE;
            }
            innerOpened = false;
            return innerClose;
        }
    }

    /** A quote after this character opens: nothing, a space, an opening bracket or mark, a dash or a slash. */
    private static boolean opensAfter(char c) {
        if (c == 0 || c == '/' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }
}
