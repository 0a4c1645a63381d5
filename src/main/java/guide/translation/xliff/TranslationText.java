package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A hash of a translation's own text, which an XLIFF export records ({@code "translationText"} in the skeleton) so that the import
 * can tell the translation was changed since ({@link NewerStamp}): by another file's import, perhaps another export of the same
 * revision, or by hand. The stamp alone cannot tell: a translation current at both exports keeps its stamp through the first import.
 * What is hashed is what an import rewrites: the title, the summary and the body, as the build reads them. Not the file's bytes: the
 * import keeps the rest of the header as it is, so a draft published or a tag added meanwhile is no work the import would replace,
 * and the stamp line has its own record ({@link XliffFile#translationStamp}). Twelve hex digits of SHA-256, as a stamp's hash.
 */
final class TranslationText {
    /** What an export records when there is no translation yet. */
    static final String NONE = "none";
    private static final int HEX_DIGITS = 12;

    private TranslationText() {
    }

    static String hash(ContentDocument translation) {
        return hash(translation.title(), translation.summary(), translation.body());
    }

    /** The hash of a translation file's text as the build reads it ({@link FrontMatterParser#lenient}): what an import has just written. */
    static String hash(String file) {
        FrontMatter read = FrontMatterParser.lenient(file);
        return hash(read.get("title"), read.get("summary"), read.body());
    }

    private static String hash(String title, String summary, String body) {
        String text = title + '\u0000' + (summary == null ? "" : summary) + '\u0000' + body;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
