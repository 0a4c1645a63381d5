package guide.translation;

import guide.content.ContentDocument;
import guide.content.Whitespace;
import guide.site.TextLines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The revision of a source text that a translation was made from, kept in the translation's
 * front matter as one line: {@code sourceRevision=pl 3f9a1c2e4b7d 1a2b3c 4d5e6f ... summary=7e2a90}.
 * The first hash covers the whole title and body; the short ones each cover one block (title,
 * heading, paragraph, list), so the build can say which blocks changed since, without git and
 * without a copy of the old text. The last token covers the {@code summary=} header, which is
 * translated text too ({@code summary=none}: the source had none). It stands apart from the whole
 * text's hash so that stamps written before it was tracked keep their meaning: a stamp without it
 * says nothing about the summary, and stays current while the title and body are unchanged.
 * A stamp in a translation's file ends with the language of the translation it was written for,
 * {@code to=en}: a file copied into another language's folder brings its stamp along, and the
 * stamp then says it is another language's (a stamp without it, written before it was recorded,
 * says nothing about that). A stamp an XLIFF import wrote while the file still marked units to review
 * whose source had not changed lists them, {@code review=1a2b3c,summary}: the hashes of their blocks
 * (and {@code summary} for the summary), so the report can name them and the next export mark them to
 * review again; such a stamp is no current one ({@link #toReview}).
 *
 * @param lang    the source's language
 * @param hash    hash of the whole normalised title and body
 * @param blocks  one short hash per block, in order
 * @param summary short hash of the normalised summary, {@link #NO_SUMMARY}, or null when the stamp does not track it
 * @param target  the language of the translation the stamp was written for, or null when it does not say (a source's
 *                revision, or a stamp written before it was recorded)
 * @param review  the parts the translator left marked to review though their source had not changed: blocks by their
 *                hash, the summary as {@link #REVIEW_SUMMARY}; empty for any stamp but such an import's
 */
public record SourceRevision(String lang, String hash, List<String> blocks, String summary, String target, List<String> review) {
    public static final String KEY = "sourceRevision";
    /** The token's name in the header value: {@code summary=7e2a90}. */
    public static final String SUMMARY_TOKEN = "summary=";
    /** The token's name in the header value: {@code to=en}. */
    public static final String TARGET_TOKEN = "to=";
    /** The token's name in the header value: {@code review=1a2b3c,summary}. */
    public static final String REVIEW_TOKEN = "review=";
    /** The summary, in {@link #REVIEW_TOKEN}'s list. */
    public static final String REVIEW_SUMMARY = "summary";
    /** A language code as a stamp gives it: {@code pl}, {@code pt-BR}, {@code es-419}, {@code zh-Hant-TW} (BCP 47's parts after the language). */
    static final String LANGUAGE = "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";
    /** The summary token's value when the source has no summary. */
    public static final String NO_SUMMARY = "none";

    public SourceRevision {
        review = review == null ? List.of() : List.copyOf(review);
    }

    /** A revision with nothing left to review. */
    public SourceRevision(String lang, String hash, List<String> blocks, String summary, String target) {
        this(lang, hash, blocks, summary, target, List.of());
    }

    /** A revision that does not track the summary (a stamp written before the summary was tracked). */
    public SourceRevision(String lang, String hash, List<String> blocks) {
        this(lang, hash, blocks, null, null);
    }

    /** A revision that does not say which translation it was written for (a source's revision as it is now). */
    public SourceRevision(String lang, String hash, List<String> blocks, String summary) {
        this(lang, hash, blocks, summary, null);
    }

    /** The revision of a document as it is now: its title, body and summary. */
    public static SourceRevision of(ContentDocument doc) {
        return of(doc.lang(), doc.title(), doc.body()).withSummary(doc.summary());
    }

    /** The revision of a text as it is now, without its summary (see {@link #withSummary}). */
    public static SourceRevision of(String lang, String title, String body) {
        List<String> texts = blocks(title, body);
        List<String> hashes = new ArrayList<>(texts.size());
        MessageDigest block = DIGESTS.get();
        MessageDigest whole = WHOLE_DIGESTS.get();
        for (int i = 0; i < texts.size(); i++) {
            byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
            hashes.add(HEX.formatHex(block.digest(bytes), 0, 3));
            if (i > 0) {
                whole.update(BLOCK_SEPARATOR);
            }
            whole.update(bytes);
        }
        // the same hash as sha256(String.join("\n\n", texts)): UTF-8 encodes a joined text as its parts' bytes joined
        return new SourceRevision(lang, HEX.formatHex(whole.digest(), 0, 6), List.copyOf(hashes));
    }

    /** This revision with the summary tracked: {@code summary} is the source's header value, or null when it has none. */
    public SourceRevision withSummary(String summary) {
        return new SourceRevision(lang, hash, blocks, summaryHash(summary), target, review);
    }

    /** This revision as the stamp of the translation into {@code language}: {@code to=language} at its end. */
    public SourceRevision to(String language) {
        return new SourceRevision(lang, hash, blocks, summary, language, review);
    }

    /** This stamp with {@code parts} left to review ({@link #review}). */
    public SourceRevision withReview(List<String> parts) {
        return new SourceRevision(lang, hash, blocks, summary, target, parts);
    }

    /** True when the stamp lists parts still to review: the translation it stamps is not current, whatever the source did. */
    public boolean toReview() {
        return !review.isEmpty();
    }

    /** True unless the stamp says it was written for a translation into another language than {@code language}. */
    public boolean writtenFor(String language) {
        return target == null || target.equals(language);
    }

    /**
     * A translation's own stamp: its {@code sourceRevision=} read, unless it is unreadable, was
     * written for another language's version (a file copied from there, not translated yet), or names
     * the file's own language as its source's (a file is no translation of itself: the report calls
     * such a page outdated, {@link StampFault.OwnLanguage}).
     */
    public static Optional<SourceRevision> stampOf(ContentDocument translation) {
        return parse(translation.frontMatter().get(KEY))
                .filter(stamp -> stamp.writtenFor(translation.lang()) && !stamp.lang().equals(translation.lang()));
    }

    /** The summary token's value for a summary: a short hash of it, whitespace collapsed, or {@link #NO_SUMMARY}. */
    public static String summaryHash(String summary) {
        String normal = summary == null ? "" : Whitespace.collapse(summary.strip());
        return normal.isEmpty() ? NO_SUMMARY : sha256(normal).substring(0, 6);
    }

    /**
     * True when a translation stamped with this revision is behind a source whose revision is now
     * {@code now}: its title or body changed, or its summary did where both track it.
     */
    public boolean behind(SourceRevision now) {
        return !hash.equals(now.hash) || summaryChanged(now);
    }

    /** True when both revisions track the summary and it differs (added, removed or edited). */
    public boolean summaryChanged(SourceRevision now) {
        return summary != null && now.summary != null && !summary.equals(now.summary);
    }

    /**
     * The text's blocks: the title, then the body split at blank lines (lines of nothing but white
     * space, as {@code \n\s*\n} finds them; lines end as {@link TextLines} says, so {@code \r\n} and a lone
     * {@code \r} part blocks as {@code \n} does), whitespace collapsed.
     */
    public static List<String> blocks(String title, String body) {
        return blocks(title, body, UnaryOperator.identity());
    }

    /**
     * The same blocks as people are shown them ({@link #blocks} is what the stamp hashes): an underlined heading at a block's
     * start written with {@code #} marks, as {@link HeadingForm} shows it.
     */
    public static List<String> shownBlocks(String title, String body) {
        return blocks(title, body, HeadingForm::shown);
    }

    /** The blocks, each raw block in {@code form} before its white space is collapsed; a block is dropped when it is blank raw. */
    private static List<String> blocks(String title, String body, UnaryOperator<String> form) {
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + Whitespace.collapse(title.strip()));
        int blockStart = 0;
        for (int lineStart = 0; lineStart >= 0; ) {
            int lineEnd = TextLines.lineEnd(body, lineStart);
            if (isBlank(body, lineStart, lineEnd)) { // a blank first line ends an empty block, which addBlock drops
                addBlock(body.substring(blockStart, lineStart), blocks, form);
                blockStart = lineEnd;
            }
            lineStart = TextLines.nextLine(body, lineEnd);
        }
        addBlock(body.substring(blockStart), blocks, form);
        return blocks;
    }

    private static void addBlock(String block, List<String> blocks, UnaryOperator<String> form) {
        String raw = block.strip();
        String normal = Whitespace.collapse(raw);
        if (!normal.isEmpty()) {
            String shown = form.apply(raw);
            // A block the form leaves as it is (always so for the stamp's identity form) is the normal form already: collapsed
            // once, not twice. String.equals answers an unchanged block (the same instance) at once, without comparing characters.
            blocks.add(shown.equals(raw) ? normal : Whitespace.collapse(shown.strip()));
        }
    }

    /** Nothing but Java's white-space characters of {@code \s} between {@code from} and {@code to}, a line without its line break. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Reads the header value; empty if it is not in this form. */
    public static Optional<SourceRevision> parse(String value) {
        return value == null ? Optional.empty() : line(value).revision();
    }

    /** Header values already read, stamps and faults alike: the preview server reads the same ones on every build. */
    private static final Map<String, StampLine> PARSED = new ConcurrentHashMap<>();

    private static StampLine line(String value) {
        if (PARSED.size() > 100_000) {
            PARSED.clear(); // a long-lived JVM (preview, build daemon) sees many sites and edits; keep this bounded
        }
        return PARSED.computeIfAbsent(value, StampLine::read);
    }

    /** Reads the header value without the memo of {@link #parse}. */
    static Optional<SourceRevision> read(String value) {
        return StampLine.read(value).revision();
    }

    /**
     * Why a header value is no stamp, in words for the person who has to fix the line: "its hash
     * '76b7f1aab8zz' is not 12 hex digits"; empty when it is a stamp (or null: no header at all).
     */
    public static Optional<String> unreadable(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(line(value).fault());
    }

    /**
     * The header value: {@code pl 3f9a1c2e4b7d 1a2b3c 4d5e6f summary=7e2a90 to=en} (no summary token when it is not
     * tracked, no {@code to=} when the revision does not say), with {@code review=4d5e6f} before {@code to=} when
     * parts are left to review.
     */
    @Override
    public String toString() {
        return lang + " " + hash + (blocks.isEmpty() ? "" : " " + String.join(" ", blocks))
                + (summary == null ? "" : " " + SUMMARY_TOKEN + summary) + (review.isEmpty() ? "" : " " + REVIEW_TOKEN + String.join(",", review))
                + (target == null ? "" : " " + TARGET_TOKEN + target);
    }

    static String sha256(String text) {
        // digest(bytes) leaves the digest reset for the next call
        return HexFormat.of().formatHex(DIGESTS.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: a build hashes every block of every source, and looking the algorithm up costs more than a short block. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(SourceRevision::newSha256);

    /** A second one per thread for the whole text, fed block by block while the first hashes each block. */
    private static final ThreadLocal<MessageDigest> WHOLE_DIGESTS = ThreadLocal.withInitial(SourceRevision::newSha256);

    private static final HexFormat HEX = HexFormat.of();

    private static final byte[] BLOCK_SEPARATOR = {'\n', '\n'};

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
