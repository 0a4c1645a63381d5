package guide.translation;

import guide.content.Whitespace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The revision of a source text that a translation was made from, kept in the translation's
 * front matter as one line: {@code sourceRevision=pl 3f9a1c2e4b7d 1a2b3c 4d5e6f ...}. The first
 * hash covers the whole text; the short ones each cover one block (title, heading, paragraph,
 * list), so the build can say which blocks changed since, without git and without a copy of
 * the old text.
 *
 * @param lang   the source's language
 * @param hash   hash of the whole normalised title and body
 * @param blocks one short hash per block, in order
 */
public record SourceRevision(String lang, String hash, List<String> blocks) {
    public static final String KEY = "sourceRevision";

    /** The revision of a document as it is now: its title and body. */
    public static SourceRevision of(guide.content.ContentDocument doc) {
        return of(doc.lang(), doc.title(), doc.body());
    }

    /** The revision of a text as it is now. */
    public static SourceRevision of(String lang, String title, String body) {
        List<String> texts = blocks(title, body);
        List<String> hashes = texts.stream().map(t -> sha256(t).substring(0, 6)).toList();
        return new SourceRevision(lang, sha256(String.join("\n\n", texts)).substring(0, 12), hashes);
    }

    /**
     * The text's blocks: the title, then the body split at blank lines (lines of nothing but white
     * space, as {@code \n\s*\n} finds them), whitespace collapsed.
     */
    public static List<String> blocks(String title, String body) {
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + Whitespace.collapse(title.strip()));
        int blockStart = 0;
        for (int lineStart = 0; lineStart <= body.length(); ) {
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            if (lineStart > 0 && isBlank(body, lineStart, lineEnd)) {
                addBlock(body.substring(blockStart, lineStart), blocks);
                blockStart = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        addBlock(body.substring(blockStart), blocks);
        return blocks;
    }

    private static void addBlock(String block, List<String> blocks) {
        String normal = Whitespace.collapse(block.strip());
        if (!normal.isEmpty()) {
            blocks.add(normal);
        }
    }

    /** Nothing but Java's six white-space characters of {@code \s} between {@code from} and {@code to}. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads the header value; empty if it is not in this form. */
    public static Optional<SourceRevision> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (PARSED.size() > 100_000) {
            PARSED.clear(); // a long-lived JVM (preview, build daemon) sees many sites and edits; keep this bounded
        }
        return PARSED.computeIfAbsent(value, SourceRevision::read);
    }

    /** Stamps already read: the preview server reads the same ones on every build. */
    private static final java.util.Map<String, Optional<SourceRevision>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the header value without the memo of {@link #parse}. */
    static Optional<SourceRevision> read(String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length < 2 || !parts[0].matches("[a-z]{2,3}(-[A-Za-z]{2,4})?") || !parts[1].matches("[0-9a-f]{12}")) {
            return Optional.empty();
        }
        List<String> blocks = Arrays.asList(parts).subList(2, parts.length);
        if (blocks.stream().anyMatch(b -> !b.matches("[0-9a-f]{6}"))) {
            return Optional.empty();
        }
        return Optional.of(new SourceRevision(parts[0], parts[1], List.copyOf(blocks)));
    }

    /** The header value: {@code pl 3f9a1c2e4b7d 1a2b3c 4d5e6f}. */
    @Override
    public String toString() {
        return lang + " " + hash + (blocks.isEmpty() ? "" : " " + String.join(" ", blocks));
    }

    static String sha256(String text) {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: a build hashes every block of every source, and looking the algorithm up costs more than a short block. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
