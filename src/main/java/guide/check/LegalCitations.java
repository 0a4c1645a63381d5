package guide.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps legal advice checkable. In a language whose settings list legal terms
 * ({@code site.language.pl.legalTerms}: words that state a rule of law, such as {@code art.},
 * {@code ustawa}, {@code kar* umown*}), every paragraph or list item of a page's text that uses one
 * must cite its basis in a footnote, and a page that states the law must give the date of its
 * legal status ({@code legalStatus=}, shown with the "not legal advice" note). A reader who acts on
 * the guide can then check the rule, and see how old the statement is.
 */
public final class LegalCitations {
    private static final Evaluator FOOTNOTE_REFS = Selector.evaluatorOf(".footnote-ref");
    private static final Evaluator LEGAL_NOTICE = Selector.evaluatorOf(".legal-notice");
    private final Pattern terms;
    /** The (folded) letters that every term starts with, or null when a term starts with {@code *}. */
    private final String firstLetters;
    /** What each term's first word starts with before any {@code *} ("kar" for {@code kar* umown*}), folded. */
    private final List<String> prefixes;

    private LegalCitations(Pattern terms, String firstLetters, List<String> prefixes) {
        this.terms = terms;
        this.firstLetters = firstLetters;
        this.prefixes = prefixes;
    }

    /**
     * The rule for a language's terms, or null when it lists none (blank ones do not count). A
     * term is matched as whole words, case-insensitively; {@code *} stands for the rest of a word
     * ({@code rekompensat*}).
     */
    public static LegalCitations of(List<String> terms) {
        List<String> folded = terms.stream().map(term -> fold(term.strip())).filter(term -> !term.isEmpty()).toList();
        if (folded.isEmpty()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        for (String term : folded) {
            List<String> words = new ArrayList<>();
            for (String word : term.split("\\s+")) {
                words.add(Pattern.quote(word).replace("*", "\\E\\p{L}*\\Q"));
            }
            alternatives.add(String.join("[\\s\\u00A0\\u202F]+", words));
        }
        String firstLetters = folded.stream().map(term -> term.substring(0, 1)).distinct().collect(Collectors.joining());
        List<String> prefixes = folded.stream().map(term -> term.split("[\\s*]", 2)[0]).distinct().toList();
        // Matched against folded text (fold): a case-sensitive pattern finds the same as a case-insensitive one, in a fraction of the time.
        return new LegalCitations(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])"),
                firstLetters.contains("*") ? null : firstLetters, prefixes);
    }

    /**
     * The text with each character folded as Java's case-insensitive Unicode matching compares it
     * (lower case of its upper case: "ſ" and "S" both become "s"); the same length, so a match's
     * place is its place in the text.
     */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII directly, the same result: only A to Z change, to a to z.
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /**
     * What the page states about the law without saying on what basis or as of when.
     *
     * @param excerpt the legal term and the words after it, as the editor wrote them (plain spaces), to find the line
     */
    public record Finding(String excerpt, boolean statusMissing) implements Serializable {

        public String message() {
            return statusMissing
                    ? "the page states the law (\"" + excerpt + "\") but gives no date of its legal status: add legalStatus=yyyy-MM-dd to the header"
                    : "a legal statement without its basis (\"" + excerpt + "\"): cite the act and article in a footnote, e.g. [^basis] after the"
                    + " sentence and a line \"[^basis]: Art. … ustawy …\" below the text";
        }
    }

    public List<Finding> check(Document doc) {
        List<Finding> findings = new ArrayList<>();
        String first = null;
        for (Element block : blocks(doc)) {
            if (inFootnotesOrQuote(block)) {
                continue;
            }
            // Footnote numbers are left out: they would stick to the word before them ("ustawy1", "kodeksu.1").
            boolean cited = block.selectFirst(FOOTNOTE_REFS) != null;
            String text = plain(cited ? withoutFootnoteMarks(block) : block);
            int start = firstMatch(fold(text));
            if (start >= 0) {
                String excerpt = excerpt(text, start);
                first = first == null ? excerpt : first;
                if (!cited) {
                    findings.add(new Finding(excerpt, false));
                }
            }
        }
        if (first != null && doc.selectFirst(LEGAL_NOTICE) == null) {
            findings.add(new Finding(first, true));
        }
        return findings;
    }

    /**
     * Where the first term starts in the folded text, or -1: what {@code terms.matcher(folded).find()}
     * finds, but tried only where a word starts with what some term starts with, which spares the
     * regular expression nearly all of the text.
     */
    private int firstMatch(String folded) {
        Matcher m = terms.matcher(folded);
        if (firstLetters == null) {
            return m.find() ? m.start() : -1;
        }
        // Transparent bounds: the look-behind still sees the character before the region.
        m.useTransparentBounds(true);
        for (int i = 0; i < folded.length(); i++) {
            if (firstLetters.indexOf(folded.charAt(i)) >= 0 && (i == 0 || !Character.isLetter(folded.charAt(i - 1))) && startsATerm(folded, i)) {
                m.region(i, folded.length());
                if (m.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean startsATerm(String folded, int at) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs and list items a term is looked for in, in document order: what the selector
     * {@code [data-prose] p, [data-prose] li:not(:has(p)), .quiz-advice p} selects, found in one walk
     * of the page (the {@code :has} walked under each list item again, about 3 % of a cold build).
     */
    private static List<Element> blocks(Document doc) {
        List<Element> blocks = new ArrayList<>();
        collect(doc, false, false, blocks);
        blocks.removeIf(Objects::isNull);
        return blocks;
    }

    /**
     * Adds the blocks under the element to the list, each before those inside it; a list item with
     * a paragraph inside it leaves a null in its place. Returns whether a paragraph is under the element.
     */
    private static boolean collect(Element element, boolean inProse, boolean inAdvice, List<Element> blocks) {
        boolean paragraphInside = false;
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String name = child.normalName();
            int item = -1;
            if (name.equals("p")) {
                paragraphInside = true;
                if (inProse || inAdvice) {
                    blocks.add(child);
                }
            } else if (name.equals("li") && inProse) {
                item = blocks.size();
                blocks.add(child);
            }
            boolean paragraphInChild = collect(child, inProse || child.hasAttr("data-prose"), inAdvice || child.hasClass("quiz-advice"), blocks);
            if (item >= 0 && paragraphInChild) {
                blocks.set(item, null);
            }
            paragraphInside |= paragraphInChild;
        }
        return paragraphInside;
    }

    private static boolean inFootnotesOrQuote(Element block) {
        for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasClass("footnotes") || parent.tagName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static Element withoutFootnoteMarks(Element block) {
        Element copy = block.clone();
        copy.select(FOOTNOTE_REFS).remove();
        return copy;
    }

    private static String plain(Element block) {
        return block.text().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** The term and up to four words after it. */
    private static String excerpt(String text, int start) {
        String[] words = text.substring(start).split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 5))).strip();
    }
}
