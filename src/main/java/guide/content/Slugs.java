package guide.content;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns file names and headings into ASCII URL slugs and anchors with ICU's transforms: letters of
 * any script are transliterated (Polish "ł" to "l", Ukrainian "що" to "shcho" with
 * {@code Ukrainian-Latin/BGN}), never percent-encoded. Each language names its transform in its
 * settings ({@link guide.site.Language#transliteration()}); Latin-script languages need only
 * {@code Latin-ASCII}, which is cheap to set up, while {@code Any-Latin} takes about half a second.
 */
public final class Slugs {
    /** For languages written in Latin letters: the letters lose their marks ("ł" to "l", "ß" to "ss"). */
    public static final Slugs DEFAULT = new Slugs("Latin-ASCII");
    private static final Map<String, Slugs> BY_TRANSFORM = new ConcurrentHashMap<>();
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=[a-z0-9])['\u2019\u02bc](?=[a-z0-9])");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("(^-+|-+$)");

    // ICU transliterators are not safe to share between threads: one per thread.
    private final ThreadLocal<Transliterator> transliterator;

    private Slugs(String transform) {
        String id = transform.equals("Latin-ASCII") ? transform : transform + "; Latin-ASCII";
        this.transliterator = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    }

    /** The slugs of a language whose names go through {@code transform} (an ICU transform ID, already validated). */
    public static Slugs of(String transform) {
        return BY_TRANSFORM.computeIfAbsent(transform, Slugs::new);
    }

    /** {@code "Klient płaci z opóźnieniem!"} becomes {@code "klient-placi-z-opoznieniem"}. */
    public String slugify(String text) {
        // Plain ASCII needs no transform (ICU's costs a few microseconds a call, on every heading).
        String latin = (isAscii(text) ? text : transliterator.get().transliterate(text)).toLowerCase(Locale.ROOT);
        // Apostrophes inside words (a soft sign becomes one) join, they do not separate: "zvil'nyty" is "zvilnyty".
        String joined = INNER_APOSTROPHE.matcher(latin).replaceAll("");
        return OUTER_DASHES.matcher(NOT_ALPHANUMERIC.matcher(joined).replaceAll("-")).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
