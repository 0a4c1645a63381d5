package guide.content;

import guide.site.NearNames;

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
    /** Which export each unit text an XLIFF import wrote came from, while the translation's stamp falls short of it. */
    public static final String IMPORTED_FROM = "importedFrom";
    /** Which export's XLIFF import last wrote a translation, and a hash of the text it wrote. */
    public static final String LAST_IMPORT = "lastImport";
    /** Every key the guide reads, in the order the README lists them. */
    public static final List<String> KNOWN = List.of("title", "date", "type", "status", "translationKey", "author", "summary", "tags",
            "updated", "lang", "sourceRevision", "sourceLanguage", "basedOn", "legalStatus", "image", "imageAlt", "aliases",
            "importedFrom", "lastImport");

    private HeaderKeys() {
    }

    public static boolean isKnown(String key) {
        return KNOWN.contains(key);
    }

    /** The known key closest to {@code key}, if one is within two or three edits (case ignored). */
    public static Optional<String> nearest(String key) {
        return nearest(key, KNOWN);
    }

    /**
     * The word of {@code known} nearest to {@code word} when it is near enough to be a typo of it (an author's id too), by
     * {@link NearNames#nearestWithin}, with three differences from a mistyped address, each on purpose. Case is ignored:
     * {@code Title} is a typo of {@code title}, not a key of its own. The edits allowed are a third of the known word (not
     * the typed one, which may be any length), and two at least: the keys are few and short, and a third of {@code tags}
     * would miss {@code tgas}. Ties go to the word listed first ({@link #KNOWN} in the README's order, the authors in their
     * file's), not the alphabet's.
     */
    public static Optional<String> nearest(String word, Collection<String> known) {
        List<String> words = List.copyOf(known);
        List<String> lower = words.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return NearNames.nearestWithin(word.toLowerCase(Locale.ROOT), lower, k -> Math.max(2, NearNames.allowance(k)),
                        Comparator.comparingInt(lower::indexOf))
                .map(k -> words.get(lower.indexOf(k)));
    }
}
