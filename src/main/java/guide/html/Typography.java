package guide.html;

import guide.site.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A language's typography rules ({@link Language#typography()}), applied to the text readers see:
 * for Polish, a non-breaking space after one-letter words ("w domu") and between a number and what
 * it counts or measures ("15 grudnia", "40 EUR", "art. 483"), so none of them ends a line, and
 * (the dashes rule) a non-breaking space before a spaced dash ("etapy – i"), so no line begins with one. Only
 * text nodes change, and a picture's {@code alt} text (read out, or shown where the picture is not): never code,
 * preformatted text, scripts, other attributes, or anything that looks
 * like a URL, nor text inside an element whose {@code lang} names another language (a card of an
 * article in another language, on a home page). The language's abbreviations of several words ("Dz. U.",
 * {@link KeptPhrases}) stay on one line, whatever rules it has. With the quotes rule, straight quotes become the language's quotation marks
 * ({@link QuoteMarks}). With the slashes rule, a line may end after the slash of a pair of words, and with the hyphens rule
 * "e-mailem" or "CMS-u", and with the dates rule "15 December 2026", stays on one line, on the page only ({@link WordBreaks}). A language without rules is left exactly as written.
 */
public final class Typography {
    private static final char NBSP = '\u00A0';
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "textarea", "template");
    // What may stand right before a one-letter word for it to be a word ("(w", " w"), not a part of something ("A.w", "/w").
    private static final String NOT_BEFORE_A_WORD = "_.'’@/:-";

    /** The language's code: text inside an element whose {@code lang} names another language is that language's. */
    private final String code;
    private final boolean singleLetterWords;
    private final boolean numbers;
    private final boolean dashes;
    private final WordBreaks wordBreaks;
    private final List<String> glueBefore;
    private final KeptPhrases keptPhrases;
    /** The language's quotation marks, or null without the quotes rule. */
    private final QuoteMarks quotes;

    public Typography(Language language) {
        this.code = language.code();
        this.singleLetterWords = language.typography().contains(Language.TypographyRule.SINGLE_LETTER_WORDS);
        this.numbers = language.typography().contains(Language.TypographyRule.NUMBERS);
        this.dashes = language.typography().contains(Language.TypographyRule.DASHES);
        this.wordBreaks = new WordBreaks(language);
        this.glueBefore = language.glueBefore();
        this.keptPhrases = new KeptPhrases(language.keepTogether());
        this.quotes = language.typography().contains(Language.TypographyRule.QUOTES) ? new QuoteMarks(language.locale()) : null;
    }

    /** True when the language has no rules: pages are then left as they are. */
    public boolean isNone() {
        return !singleLetterWords && !numbers && !dashes && wordBreaks.isNone() && quotes == null && keptPhrases.isNone();
    }

    /** Applies the rules to every text node of the page's body that readers see as prose. */
    public void apply(Document doc) {
        if (isNone() || doc.body() == null) {
            return;
        }
        wordBreaks.apply(typeset(doc.body()));
    }

    /** Applies the rules but the {@link WordBreaks} to the text nodes of the body, and gives those it typeset. */
    private List<TextNode> typeset(Element body) {
        List<TextNode> typeset = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private QuoteMarks.Block block = quotes == null ? null : quotes.block();
            /** The element in another language ({@code lang}) whose text is being passed over, or null. */
            private Element foreign;
            /** How many verbatim elements ({@code code}, {@code pre}, …) the walk is inside. */
            private int verbatim;

            @Override
            public void head(Node node, int depth) {
                if (foreign == null && node instanceof Element element && element.hasAttr("lang") && !isThisLanguage(element.attr("lang"))) {
                    foreign = element;
                }
                if (node instanceof Element element && VERBATIM.contains(element.normalName())) {
                    verbatim++;
                }
                if (foreign == null && verbatim == 0 && node instanceof Element image && image.nameIs("img") && image.hasAttr("alt")) {
                    image.attr("alt", apply(image.attr("alt")));
                }
                if (node instanceof TextNode text) {
                    if (foreign != null || verbatim > 0) {
                        if (block != null) {
                            block.passOver(text.getWholeText());
                        }
                    } else if (!text.isBlank() || block != null) {
                        String before = text.getWholeText();
                        String after = apply(before, block, continuesLine(text));
                        if (!after.equals(before)) {
                            text.text(after);
                        }
                        typeset.add(text);
                    }
                } else if (block != null && node instanceof Element element) {
                    startsBlock(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == foreign) {
                    foreign = null;
                }
                if (node instanceof Element element && VERBATIM.contains(element.normalName())) {
                    verbatim--;
                }
                if (block != null && node instanceof Element element) {
                    startsBlock(element);
                }
            }

            /** A quote never pairs across a block's edge (paragraph, list item, cell) or a line break. */
            private void startsBlock(Element element) {
                if (element.isBlock() || element.nameIs("br")) {
                    block = quotes.block();
                }
            }
        }, body);
        return typeset;
    }

    /**
     * Whether the text continues a line begun before it (after a link or emphasis), so that spaces at
     * its start are a break between words; after a block's edge or a line break they are nothing.
     */
    private static boolean continuesLine(TextNode text) {
        Node at = text;
        while (at.previousSibling() == null && at.parent() instanceof Element parent && !parent.isBlock()) {
            at = parent;
        }
        Node before = at.previousSibling();
        while (before instanceof TextNode blank && blank.isBlank()) {
            before = blank.previousSibling();
        }
        return before != null && !(before instanceof Element element && (element.isBlock() || element.nameIs("br")));
    }

    /** Whether a {@code lang} attribute's value names this language ("pl", "pl-PL", "PL"). */
    private boolean isThisLanguage(String lang) {
        return lang.equalsIgnoreCase(code) || lang.regionMatches(true, 0, code + "-", 0, code.length() + 1);
    }

    /**
     * The rules applied to one text (also to interface strings a script puts into the page; {@code {n}}
     * counts as a number). Only runs of spaces change, each to one non-breaking space, so a URL in
     * the text, which has none, stays as written. One pass over the text: this runs on every text
     * node of every page.
     */
    public String apply(String text) {
        return apply(text, quotes == null ? null : quotes.block(), false);
    }

    /**
     * @param block         the block of text this text continues, or null without the quotes rule
     * @param continuesLine whether spaces at the text's start follow a word (a page's text after a link)
     */
    private String apply(String text, QuoteMarks.Block block, boolean continuesLine) {
        if (block != null) {
            text = block.apply(text);
        }
        text = keptPhrases.apply(text);
        if (!singleLetterWords && !numbers && !dashes) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int length = text.length();
        // The scan reads a copy of the characters: see guide.content.Whitespace on what String.charAt costs under the
        // quick (C1) compiler the builder runs with; the rules look at a few characters around each space only.
        char[] chars = text.toCharArray();
        // Where the word before the next spaces begins: right after the last run of spaces.
        int wordStart = 0;
        for (int i = 0; i < length; i++) {
            if (!isSpace(chars[i])) {
                continue;
            }
            int end = i;
            while (end < length && isSpace(chars[end])) {
                end++;
            }
            if ((i > 0 || continuesLine) && glues(text, wordStart, i, end)) {
                if (out == null) {
                    out = new StringBuilder(length);
                }
                out.append(text, copied, i).append(NBSP);
                copied = end;
            }
            wordStart = end;
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    /** True if the spaces from {@code spaceStart} to {@code spaceEnd} must not break, after the word from {@code wordStart}. */
    private boolean glues(String text, int wordStart, int spaceStart, int spaceEnd) {
        boolean atEnd = spaceEnd == text.length();
        char next = atEnd ? 0 : text.charAt(spaceEnd);
        if (dashes && spacedDash(text, spaceEnd)) {
            return true;
        }
        if (spaceStart == 0) {
            return false;
        }
        if (singleLetterWords && oneLetterWord(text, wordStart, spaceStart)) {
            return true;
        }
        if (!numbers || atEnd) {
            return false;
        }
        if (Character.isDigit(next) && glueWord(text, wordStart, spaceStart)) {
            return true;
        }
        if (Character.isDigit(text.charAt(spaceStart - 1)) && threeDigits(text, spaceEnd)) {
            return true;
        }
        if (singleLetterWords && oneLetterWordAt(text, spaceEnd)) {
            // "ust. 1 i 2 ustawy": the "i" keeps to the "2"; glued to the "1" too, the chain would outgrow a phone's line.
            return false;
        }
        return (Character.isLetter(next) || "%€$£".indexOf(next) >= 0) && endsWithNumber(text, wordStart, spaceStart);
    }

    /** A word of one letter stands at {@code at}, followed by a space ("i" in "1 i 2"; not "r." in "2026 r."). */
    private static boolean oneLetterWordAt(String text, int at) {
        return at + 1 < text.length() && Character.isLetter(text.charAt(at)) && isSpace(text.charAt(at + 1));
    }

    /** An en or em dash stands at {@code at} as a word of its own: a space or the text's end follows it ("a – b", not "1 –2"). */
    private static boolean spacedDash(String text, int at) {
        return at < text.length() && (text.charAt(at) == '\u2013' || text.charAt(at) == '\u2014')
                && (at + 1 == text.length() || isSpace(text.charAt(at + 1)));
    }

    /** The word before the spaces at {@code spaceStart} is one letter, and not the tail of a name, path or abbreviation. */
    private static boolean oneLetterWord(String text, int wordStart, int spaceStart) {
        int letter = spaceStart - 1;
        if (!Character.isLetter(text.charAt(letter))) {
            return false;
        }
        if (letter == 0) {
            return true;
        }
        char before = text.charAt(letter - 1);
        return !(Character.isLetterOrDigit(before) || Character.getType(before) == Character.NON_SPACING_MARK
                || NOT_BEFORE_A_WORD.indexOf(before) >= 0);
    }

    /** The text before the spaces ends with a number not glued to a letter ("2026", "10,5", "7.") or a placeholder ("{n}"). */
    private static boolean endsWithNumber(String text, int wordStart, int spaceStart) {
        int last = spaceStart - 1;
        if (text.charAt(last) == '}') {
            int open = text.lastIndexOf('{', last);
            return open >= wordStart && open < last - 1 && text.substring(open + 1, last).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        }
        int start = last;
        while (start >= wordStart && (Character.isDigit(text.charAt(start)) || text.charAt(start) == ',' || text.charAt(start) == '.')) {
            start--;
        }
        int first = start + 1;
        while (first <= last && !Character.isDigit(text.charAt(first))) {
            first++;
        }
        return first <= last && (first == 0 || !Character.isLetter(text.charAt(first - 1)));
    }

    /** The text before the spaces ends with one of the language's glue words ("art.", "§") standing on its own. */
    private boolean glueWord(String text, int wordStart, int spaceStart) {
        for (String word : glueBefore) {
            int start = spaceStart - word.length();
            if (start >= wordStart && text.regionMatches(true, start, word, 0, word.length())
                    && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Exactly three digits start at {@code at} (a thousands group: "10 000"). */
    private static boolean threeDigits(String text, int at) {
        return at + 3 <= text.length() && Character.isDigit(text.charAt(at)) && Character.isDigit(text.charAt(at + 1))
                && Character.isDigit(text.charAt(at + 2)) && (at + 3 == text.length() || !Character.isDigit(text.charAt(at + 3)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
