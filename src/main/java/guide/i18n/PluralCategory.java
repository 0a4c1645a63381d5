package guide.i18n;

import java.util.Locale;

/**
 * CLDR plural categories for whole numbers in the guide's languages: Polish has
 * one / few / many ("1 minuta, 2 minuty, 5 minut, 22 minuty"), English one / other.
 * The browser side uses {@code Intl.PluralRules}, which follows the same rules.
 */
public enum PluralCategory {
    ONE, FEW, MANY, OTHER;

    public static PluralCategory of(String lang, long n) {
        long abs = Math.abs(n);
        if ("pl".equals(lang)) {
            if (abs == 1) {
                return ONE;
            }
            long mod10 = abs % 10;
            long mod100 = abs % 100;
            return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? FEW : MANY;
        }
        return abs == 1 ? ONE : OTHER;
    }

    /** The key used in the UI strings files: {@code one}, {@code few}, {@code many}, {@code other}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
