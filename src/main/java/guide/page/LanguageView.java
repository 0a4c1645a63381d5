package guide.page;

import java.io.Serializable;

/**
 * The page's language as templates need it.
 *
 * @param name      its name in itself ("Polski")
 * @param locale    the configured locale as a BCP 47 tag ({@code pl-PL}, {@code pt-PT}): the scripts' {@code Intl} writes numbers
 *                  and picks plural forms for it, as the build does with ICU4J, where the bare code ({@code pt}) may differ
 * @param ogLocale  Open Graph's {@code og:locale}, e.g. {@code pl_PL}
 * @param direction {@code ltr} or {@code rtl}
 * @param feedPath  the site path of the language's Atom feed ({@link Feeds#path})
 * @param searchPath the site path of the language's search index folder ({@link guide.search.SearchIndexFiles#address})
 * @param digits    CLDR's name for the digits the locale writes numbers with ({@link guide.i18n.Digits}): {@code latn},
 *                  or {@code deva} for Marathi's "१७", which the quiz's total without JavaScript must be told
 * @param digitSymbols those ten digits, zero to nine ({@code ०१२३४५६७८९}): the scripts write numbers with them where the
 *                  browser's {@code Intl} writes Latin digits for the locale (Chromium's for Nepali, {@code ne-NP})
 */
public record LanguageView(String code, String name, String locale, String ogLocale, String direction, String feedPath, String searchPath,
                           String digits, String digitSymbols)
        implements Serializable {
}
