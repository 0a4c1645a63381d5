package guide.html;

import guide.site.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language's typography rules ({@link Language#typography()}), applied to the text readers see:
 * for Polish, a non-breaking space after one-letter words ("w domu") and between a number and what
 * it counts or measures ("15 grudnia", "40 EUR", "art. 483"), so none of them ends a line. Only
 * text nodes change: never code, preformatted text, scripts, attributes, or anything that looks
 * like a URL. A language without rules is left exactly as written.
 */
public final class Typography {
    private static final char NBSP = '\u00A0';
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "textarea", "template");
    // A one-letter word: a letter with no letter, digit or word punctuation before it, then spaces.
    private static final Pattern SINGLE_LETTER = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_.'’@/:-])(\\p{L})[ \\t\\n]+");
    // A number (or a placeholder the script fills with one) and the word, unit or sign after it.
    private static final Pattern NUMBER_WORD = Pattern.compile("((?<![\\p{L}])\\d[\\d,.]*|\\{\\w+})[ \\t\\n]+(?=[\\p{L}%€$£])");
    // Thousands written with a space: "10 000 zł".
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[ \\t\\n]+(?=\\d{3}(?!\\d))");

    private final boolean singleLetterWords;
    private final boolean numbers;
    private final Pattern glueBefore;

    public Typography(Language language) {
        this.singleLetterWords = language.typography().contains(Language.TypographyRule.SINGLE_LETTER_WORDS);
        this.numbers = language.typography().contains(Language.TypographyRule.NUMBERS);
        this.glueBefore = glue(language.glueBefore());
    }

    /** True when the language has no rules: pages are then left as they are. */
    public boolean isNone() {
        return !singleLetterWords && !numbers;
    }

    /** Applies the rules to every text node of the page's body that readers see as prose. */
    public void apply(Document doc) {
        if (isNone() || doc.body() == null) {
            return;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank() && !insideVerbatim(text)) {
                    String before = text.getWholeText();
                    String after = apply(before);
                    if (!after.equals(before)) {
                        text.text(after);
                    }
                }
            }
        }, doc.body());
    }

    /**
     * The rules applied to one text (also to interface strings a script puts into the page; {@code {n}}
     * counts as a number). Only spaces change, so a URL in the text, which has none, stays as written.
     */
    public String apply(String text) {
        if (isNone()) {
            return text;
        }
        String result = text;
        if (numbers) {
            result = glueBefore == null ? result : glueBefore.matcher(result).replaceAll("$1" + NBSP);
            result = NUMBER_WORD.matcher(result).replaceAll("$1" + NBSP);
            result = DIGIT_GROUPS.matcher(result).replaceAll(String.valueOf(NBSP));
        }
        if (singleLetterWords) {
            result = SINGLE_LETTER.matcher(result).replaceAll("$1" + NBSP);
        }
        return result;
    }

    private static boolean insideVerbatim(TextNode text) {
        for (Element e = text.parentElement(); e != null; e = e.parent()) {
            if (VERBATIM.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** "art.", "§" … followed by spaces and a digit: the spaces become one non-breaking space. */
    private static Pattern glue(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String word : words) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(word.toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])((?:" + alternatives + "))[ \\t\\n]+(?=\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
