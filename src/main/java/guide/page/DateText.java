package guide.page;

import java.io.Serializable;

/**
 * A date as machines and readers see it.
 *
 * @param iso  {@code 2026-11-20}, for {@code <time datetime>} and feeds
 * @param text "20 listopada 2026", in the page's language (CLDR's long date pattern)
 */
public record DateText(String iso, String text) implements Serializable {
}
