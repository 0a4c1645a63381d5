package guide.content;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns file names and headings into ASCII URL slugs and anchors with ICU's transforms: letters of
 * any script are transliterated (Polish "ł" to "l", Ukrainian "що" to "shcho" with
 * {@code Ukrainian-Latin/BGN}), never percent-encoded. Each language names its transform in its
 * settings ({@link guide.site.Language#transliteration()}); Latin-script languages need only
 * {@code Latin-ASCII}, which is cheap to set up (German {@code de-ASCII}, its umlauts as "ue"), while
 * {@code Any-Latin} takes about half a second.
 */
public final class Slugs {
    /** For languages written in Latin letters: the letters lose their marks ("ł" to "l", "ß" to "ss"). */
    public static final Slugs DEFAULT = new Slugs("Latin-ASCII");
    private static final Map<String, Slugs> BY_TRANSFORM = new ConcurrentHashMap<>();
    /** The letters {@link #latinLetters} holds: Latin-1 Supplement and Latin Extended-A, Polish and most European letters. */
    private static final char TABLE_FIRST = '\u00A0';
    private static final char TABLE_LAST = '\u017F';

    // ICU transliterators are not safe to share between threads: one per thread.
    private final ThreadLocal<Transliterator> transliterator;
    /**
     * For {@code Latin-ASCII} alone: what ICU makes of each letter of the table's range on its own,
     * in lower case ("Ł" gives "l", "ß" gives "ss"). Its rules for these letters look at nothing
     * but the case of the next one, which a slug loses, so a heading of ASCII and these letters is
     * looked up letter by letter, without ICU's rule matching on every heading. Null for other transforms.
     */
    private final String[] latinLetters;

    private Slugs(String transform) {
        boolean latin = transform.equals("Latin-ASCII");
        String id = latin ? transform : transform + "; Latin-ASCII";
        this.transliterator = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
        this.latinLetters = latin ? latinLetters(transliterator.get()) : null;
    }

    private static String[] latinLetters(Transliterator icu) {
        String[] table = new String[TABLE_LAST - TABLE_FIRST + 1];
        for (char c = TABLE_FIRST; c <= TABLE_LAST; c++) {
            table[c - TABLE_FIRST] = icu.transliterate(String.valueOf(c)).toLowerCase(Locale.ROOT);
        }
        return table;
    }

    /** The slugs of a language whose names go through {@code transform} (an ICU transform ID, already validated). */
    public static Slugs of(String transform) {
        return BY_TRANSFORM.computeIfAbsent(transform, Slugs::new);
    }

    /** {@code "Klient płaci z opóźnieniem!"} becomes {@code "klient-placi-z-opoznieniem"}. */
    public String slugify(String text) {
        String latin = fromTable(text);
        return dashed(latin != null ? latin : transliterator.get().transliterate(text).toLowerCase(Locale.ROOT));
    }

    /** The slug as ICU alone makes it, letter table unused: what {@link #slugify} must equal. */
    String slugifyWithIcu(String text) {
        return dashed(transliterator.get().transliterate(text).toLowerCase(Locale.ROOT));
    }

    /** The text in lower-case ASCII through {@link #latinLetters}, or null when it has a character the table does not hold. */
    private String fromTable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (latinLetters != null && c >= TABLE_FIRST && c <= TABLE_LAST) {
                out.append(latinLetters[c - TABLE_FIRST]);
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * Lower-case Latin text as a slug: each run of characters other than a to z and 0 to 9 becomes one
     * dash, none at either end; an apostrophe between two of those joins them rather than separating them
     * (a transliterated soft sign becomes an apostrophe: "zvil'nyty" is "zvilnyty").
     */
    private static String dashed(String latin) {
        StringBuilder slug = new StringBuilder(latin.length());
        boolean dash = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (isSlugCharacter(c)) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                dash = false;
                slug.append(c);
            } else if (!(isApostrophe(c) && i > 0 && isSlugCharacter(latin.charAt(i - 1)) && i + 1 < latin.length()
                    && isSlugCharacter(latin.charAt(i + 1)))) {
                dash = true;
            }
        }
        return slug.toString();
    }

    private static boolean isSlugCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
