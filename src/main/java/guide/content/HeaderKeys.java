package guide.content;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The front-matter keys the guide reads, and the nearest of them to a key it does not know
 * ("tittle" is probably "title"), so a typo is named instead of silently ignored.
 */
public final class HeaderKeys {
    /** The date of the legal status a page's legal statements describe. */
    public static final String LEGAL_STATUS = "legalStatus";
    /** Every key the guide reads, in the order the README lists them. */
    public static final List<String> KNOWN = List.of("title", "date", "type", "status", "translationKey", "author", "summary", "tags",
            "updated", "lang", "sourceRevision", "sourceLanguage", "basedOn", "legalStatus", "image", "imageAlt", "aliases");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private HeaderKeys() {
    }

    public static boolean isKnown(String key) {
        return KNOWN.contains(key);
    }

    /** The known key closest to {@code key}, if one is within two or three edits (case ignored). */
    public static Optional<String> nearest(String key) {
        return nearest(key, KNOWN);
    }

    /** The word of {@code known} nearest to {@code word} when it is near enough to be a typo of it (an author's id too). */
    public static Optional<String> nearest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lower, k) <= Math.max(2, Math.min(3, k.length() / 3)))
                .min(Comparator.comparingInt(k -> distance(lower, k)));
    }

    private static int distance(String key, String known) {
        int d = DISTANCE.apply(key, known.toLowerCase(Locale.ROOT));
        return d < 0 ? Integer.MAX_VALUE : d;
    }
}
