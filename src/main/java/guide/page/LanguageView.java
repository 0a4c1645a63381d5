package guide.page;

import guide.i18n.Digits;

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
 * @param digits    the digits the locale writes numbers with: CLDR's name for them ({@code latn}, or {@code deva} for
 *                  Marathi's "१७"), which the quiz's total without JavaScript must be told, and the ten digits, which the
 *                  scripts write numbers with where the browser's {@code Intl} writes Latin ones for the locale (Chromium's
 *                  for Nepali, {@code ne-NP})
 */
public record LanguageView(String code, String name, String locale, String ogLocale, String direction, String feedPath, String searchPath,
                           Digits digits)
        implements Serializable {
}
