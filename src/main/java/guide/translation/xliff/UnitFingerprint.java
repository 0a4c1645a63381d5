package guide.translation.xliff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short hash of a unit's target and state as an export wrote them, kept in the file's skeleton, so that a later export
 * can tell a unit the translator left alone from one they changed ({@link UnimportedWork}): a unit still as exported
 * holds no work, however the project changed since. It reads what a translator can change: the words (each run of
 * white space as one space, as a CAT tool may wrap lines) and where each tag stands, not what a tag stands for (a
 * tool may carry that differently, and the translator cannot edit it).
 */
final class UnitFingerprint {
    private static final int HEX_DIGITS = 16;

    private UnitFingerprint() {
    }

    /** @param target null or empty when the unit has no target; @param state the {@code state} attribute, null when none */
    static String of(TaggedText target, String state) {
        StringBuilder text = new StringBuilder();
        if (target != null) {
            for (TaggedText.Span span : target.spans()) {
                if (span instanceof TaggedText.Tag tag) {
                    text.append('\u0001').append(tag.role()).append(' ').append(tag.id()).append('\u0001');
                } else {
                    text.append(((TaggedText.Text) span).text());
                }
            }
        }
        String words = text.toString().strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((words + '\u0000' + (state == null ? "" : state)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String of(ExportedUnit unit) {
        return of(unit.target(), unit.state().xliff());
    }

    static String of(ReadUnit unit) {
        return of(unit.target(), unit.state());
    }
}
