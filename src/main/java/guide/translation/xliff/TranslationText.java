package guide.translation.xliff;

import guide.content.ContentDocument;

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
        String text = translation.title() + '\u0000' + (translation.summary() == null ? "" : translation.summary()) + '\u0000'
                + translation.body();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
