package guide.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns titles and file names into ASCII URL slugs and anchors: Polish letters are
 * transliterated (ł to l, ż to z), never percent-encoded.
 */
public final class Slugs {
    private Slugs() {
    }

    /** {@code "Klient płaci z opóźnieniem!"} becomes {@code "klient-placi-z-opoznieniem"}. */
    public static String slugify(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('ł', 'l')
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("đ", "d");
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = stripped.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug;
    }
}
