package guide.translation;

import guide.concurrent.AllCores;
import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.Whitespace;
import guide.site.LanguageVariants;
import guide.site.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translation started with {@code ./guide translate} begins as a copy of its source's text; one
 * published before its text is translated builds, is stamped current, and shows its readers the
 * source's language. The build warns, at the first of them, when its title, its summary or a passage
 * of its text is still word for word the source's (addresses aside: {@code ./guide translate} points links to the
 * target language's pages): a passage is a block of the body between blank
 * lines with at least {@value #WORDS} words of two letters or more, not counting addresses, ids and
 * HTML tags ({@link #NOT_WORDS}), so what translations keep as it is (an image or a reference
 * definition, an address, a name of up to three words alone on its line) does not count. An image's alt text
 * of as many words that is its source's, word for word, is warned of too, even inside a translated paragraph: a
 * screen reader reads it to the translation's readers in the source's language. The
 * guide's own translations share no such passage with their sources. {@code ./guide translations} names the same pages
 * with the same words ({@link CopiedTranslations}), since their stamps alone would call them current. A page in a
 * regional variant of its source's language ({@code en-US} from {@code en-GB}) is not compared: it shares most of its
 * source's words by right, and a variant has nothing a check of words could tell from a copy.
 */
public final class UntranslatedText {
    /** The fewest words of two or more letters that make a block a passage a translator would translate. */
    static final int WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** An image's text for those who cannot see it: Markdown's {@code ![alt](…)} or an HTML {@code alt="…"}. */
    private static final Pattern ALT = Pattern.compile("!\\[([^\\]]+)]\\(|\\balt=\"([^\"]+)\"");
    /**
     * What is the same in every language: link and image addresses (in {@code ](…)}, reference definitions and
     * web or site addresses), {@code {#id}} attributes, and HTML tags with their attributes. The lookahead lets
     * the matcher pass over a character none of them starts with at one test, not six.
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?=[\\]\\[{h/<])(?:\\]\\([^)]*\\)|(?<!\\S)\\[[^\\]^][^\\]]*\\]:\\s*\\S+|\\{#[^}]*}|https?://\\S+|(?<!\\S)/\\S*|<[^>]*>)");

    private UntranslatedText() {
    }

    /**
     * What of a translation is still its source's text: the line of the first such part, and what it is with what to do
     * ("the title and 3 of 12 passages of the text are still copied word for word from its source, …: translate them, or …").
     */
    public record Copy(int line, String text) {
    }

    /** What the comparison found for a translation (null: nothing), and the source it was compared with. */
    public record Finding(ContentDocument source, Problem warning) {
    }

    /**
     * A warning for each published translation of the report that has passages of its source's text. The memo
     * keeps each translation's finding while neither it nor its source changes: the preview compares again only
     * the pages a save changed.
     */
    public static List<Problem> of(TranslationReport report, DocumentMemo<Finding> memo) {
        List<TranslationState> translations = report.all().stream()
                .filter(state -> state.document() != null && state.source() != null && state.document() != state.source()
                        && !state.document().lang().equals(state.source().lang()))
                .toList();
        return AllCores.map(translations, state -> memo.get(state.document(), found -> found.source() == state.source(),
                        doc -> new Finding(state.source(), of(doc, state.source()))).warning())
                .stream().filter(Objects::nonNull).toList();
    }

    /** The build's warning for one translation, at its file and the first copied part's line, or null when nothing is copied. */
    static Problem of(ContentDocument translation, ContentDocument source) {
        Copy copy = copy(translation, source);
        return copy == null ? null : Problem.warning(translation.source(), copy.line(), copy.text());
    }

    /**
     * What of one translation is copied, or null when neither its title, its summary nor any passage is the source's, or
     * when the two are regional variants of one language ({@link LanguageVariants}: an American page made from the British
     * one keeps most of its words by right).
     * Blocks are compared first and only the ones found in the source are tested for words: a translated page has
     * few, and the test's patterns are most of the cost.
     */
    /** True when the build warns of {@code translation} as still in part its source's text ({@link #copy}). */
    public static boolean isCopy(ContentDocument translation, ContentDocument source) {
        return copy(translation, source) != null;
    }

    static Copy copy(ContentDocument translation, ContentDocument source) {
        if (LanguageVariants.areVariants(translation.lang(), source.lang())) {
            return null;
        }
        Set<String> sourceBlocks = new HashSet<>();
        for (Block block : blocks(source.body(), 0)) {
            sourceBlocks.add(block.words());
        }
        List<Block> blocks = blocks(translation.body(), translation.frontMatter().bodyStartLine());
        int same = 0;
        int first = Integer.MAX_VALUE;
        Set<Integer> copied = new HashSet<>();
        for (Block block : blocks) {
            if (sourceBlocks.contains(block.words()) && block.passage()) {
                same++;
                first = Math.min(first, block.line());
                copied.add(block.line());
            }
        }
        List<Integer> alts = copiedAlts(translation.body(), translation.frontMatter().bodyStartLine(), alts(source.body()), copied);
        if (!alts.isEmpty()) {
            first = Math.min(first, alts.get(0));
        }
        int passages = same == 0 ? 0 : (int) blocks.stream().filter(Block::passage).count();
        List<String> parts = new ArrayList<>();
        for (String key : List.of("title", "summary")) {
            String value = translation.frontMatter().get(key);
            if (value != null && new Block(value, 0).passage() && value.equals(source.frontMatter().get(key))) {
                parts.add("the " + key);
                first = Math.min(first, translation.frontMatter().lineOf(key));
            }
        }
        if (same > 0) {
            parts.add(same < passages ? same + " of " + passages + " passages of the text"
                    : passages == 1 ? "the text" : passages == 2 ? "both passages of the text" : "all " + passages + " passages of the text");
        }
        if (!alts.isEmpty()) {
            parts.add(alts.size() == 1 ? "the alt text of an image" : "the alt texts of " + alts.size() + " images");
        }
        if (parts.isEmpty()) {
            return null;
        }
        boolean one = parts.size() == 1 && (same > 0 ? same == 1 || passages == 1 : alts.size() <= 1);
        String what = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return new Copy(first, what + (one ? " is" : " are") + " still copied word for word from its source, "
                + source.source().toString().replace('\\', '/') + ": translate " + (one ? "it" : "them")
                + ", or keep the page a draft (status=draft) until then");
    }

    /** The alt texts of a body's images, white space collapsed. */
    private static Set<String> alts(String body) {
        if (!mayHoldAlt(body)) {
            return Set.of();
        }
        Set<String> alts = new HashSet<>();
        Matcher m = ALT.matcher(body);
        while (m.find()) {
            alts.add(Whitespace.collapse(m.group(m.group(1) != null ? 1 : 2)).strip());
        }
        return alts;
    }

    /**
     * The lines of a translation's images whose alt text, long enough to be a passage, is an alt text of its source's, word
     * for word: a screen reader would read it in the source's language. An image inside a translated paragraph is no copied
     * passage, so it is looked at on its own; one in a block already counted as copied (its {@code copied} start line) is not
     * counted twice.
     */
    private static List<Integer> copiedAlts(String body, int firstLine, Set<String> sourceAlts, Set<Integer> copied) {
        if (sourceAlts.isEmpty()) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        String[] text = body.split("\n", -1);
        int start = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i].isBlank()) {
                start = -1;
                continue;
            }
            if (start == -1) {
                start = firstLine + i;
            }
            if (!mayHoldAlt(text[i])) {
                continue;
            }
            Matcher m = ALT.matcher(text[i]);
            while (!copied.contains(start) && m.find()) {
                String alt = Whitespace.collapse(m.group(m.group(1) != null ? 1 : 2)).strip();
                if (sourceAlts.contains(alt) && new Block(alt, 0).passage()) {
                    lines.add(firstLine + i);
                }
            }
        }
        return lines;
    }

    /**
     * False when {@link #ALT} cannot match in the text: it has neither {@code ![} nor {@code alt=}. Two searches for a
     * string are much cheaper than the pattern at every character, and most pages and lines have no image.
     */
    private static boolean mayHoldAlt(String text) {
        return text.contains("![") || text.contains("alt=");
    }

    /** A block of the body: its text with white space collapsed, and the file line it starts on. */
    private record Block(String text, int line) {
        boolean passage() {
            return WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" ")).results().limit(WORDS).count() == WORDS;
        }

        /**
         * Its text without what is not words, to compare with the source's blocks: {@code ./guide translate} and the
         * XLIFF import point a link to the target language's version of its page, and a passage whose only change is
         * that address is still the source's text.
         */
        String words() {
            return mayHoldNotWords(text) ? Whitespace.collapse(NOT_WORDS.matcher(text).replaceAll(" ")).strip() : text;
        }

        /** False when nothing {@link #NOT_WORDS} matches can be in the text (collapsed and stripped): its words are the text. */
        private static boolean mayHoldNotWords(String text) {
            return text.indexOf('<') >= 0 || text.contains("](") || text.contains("]:") || text.contains("{#") || text.contains("http")
                    || text.startsWith("/") || text.contains(" /");
        }
    }

    /** The body's blocks between blank lines, as the stamp's block hashes split it ({@link SourceRevision#blocks}). */
    private static List<Block> blocks(String body, int firstLine) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        StringBuilder block = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (blank && block.length() > 0) {
                blocks.add(new Block(Whitespace.collapse(block.toString().strip()), firstLine + start));
                block.setLength(0);
            } else if (!blank) {
                start = block.length() == 0 ? i : start;
                block.append(lines[i]).append('\n');
            }
        }
        return blocks;
    }
}
