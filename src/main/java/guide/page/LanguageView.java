package guide.page;

import java.io.Serializable;

/**
 * The page's language as templates need it.
 *
 * @param name      its name in itself ("Polski")
 * @param ogLocale  Open Graph's {@code og:locale}, e.g. {@code pl_PL}
 * @param direction {@code ltr} or {@code rtl}
 */
public record LanguageView(String code, String name, String ogLocale, String direction) implements Serializable {
}
