package guide.content;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What to say of two files that would be the same page. Often they are one name twice: differing
 * only in upper and lower case ({@code About.md} and {@code about.md}), which Windows and macOS
 * cannot hold side by side, so a checkout there silently has only one of them; or spelt with the
 * same letters in two Unicode forms ({@code ó} as one character, and as {@code o} with a combining
 * accent, as macOS tools write names), which look the same in every listing. Said plainly, the
 * editor knows to delete one rather than look for a difference the screen does not show.
 */
final class SameAddress {
    private SameAddress() {
    }

    /** True when the two files' names are one name: the same but for case or Unicode form. */
    static boolean sameName(Path one, Path other) {
        return plain(one).equals(plain(other));
    }

    /** The message at {@code later}, whose page {@code earlier} already writes at {@code url}. */
    static String message(ContentDocument later, ContentDocument earlier) {
        Path a = later.source();
        Path b = earlier.source();
        String both = "both would be the page " + later.url();
        if (composed(a).equals(composed(b))) {
            return "has the same name as " + b + ", written in another Unicode form (one of the two has its accented letters"
                    + " decomposed, as macOS tools write names), so they look alike: " + both + "; keep one of the two files and delete the other";
        }
        if (sameName(a, b)) {
            return "differs from " + b + " only in upper and lower case, which Windows and macOS cannot hold side by side (a checkout"
                    + " there has only one of them): " + both + "; keep one of the two files and delete the other";
        }
        return "would write the same page " + later.url() + " as " + b + " (the address is the file name in lower case, with Polish"
                + " letters made plain): rename one of them";
    }

    /** The path with its letters composed (NFC), as keyboards type them: the form two names are compared in. */
    static String composed(Path file) {
        return Normalizer.normalize(file.toString(), Normalizer.Form.NFC);
    }

    private static String plain(Path file) {
        return composed(file).toLowerCase(Locale.ROOT);
    }
}
