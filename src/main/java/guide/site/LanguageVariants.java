package guide.site;

import com.ibm.icu.util.ULocale;

/**
 * Whether two codes of {@code site.languages} are regional variants of one language: British and American English
 * ({@code en-GB}, {@code en-US}), European and Brazilian Portuguese ({@code pt-PT}, {@code pt-BR}), or a bare code and a
 * regional one ({@code en}, {@code en-US}). Their texts share most of their words by right: an American page made from
 * the British one changes "colour" to "color" and keeps the rest, so the checks that warn of a text or an interface file
 * still copied from another language do not compare two variants. Variants are the same language of ICU in the same
 * script (CLDR's likely one where the code names none): Serbian in Latin and in Cyrillic letters ({@code sr-Latn},
 * {@code sr-Cyrl}), or Chinese in simplified and traditional characters ({@code zh-CN}, {@code zh-TW}), are not, since a
 * page left in the other's letters is not yet written for its readers.
 */
public final class LanguageVariants {
    private LanguageVariants() {
    }

    /** True if {@code a} and {@code b} are two codes of one language in one script; false for one code twice. */
    public static boolean areVariants(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return false;
        }
        ULocale first = ULocale.addLikelySubtags(ULocale.forLanguageTag(a));
        ULocale second = ULocale.addLikelySubtags(ULocale.forLanguageTag(b));
        return !first.getLanguage().isEmpty() && first.getLanguage().equals(second.getLanguage())
                && first.getScript().equals(second.getScript());
    }
}
