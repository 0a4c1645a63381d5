package guide.site;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One language of the site, as data: its code (the content folder), the locale whose CLDR data
 * gives dates and plural rules, what Open Graph calls it, its writing direction, how its file names
 * and headings become Latin addresses, and its typography. Nothing in the builder names a
 * particular language; a new one is a {@code site.languages} entry, optional
 * {@code site.language.<code>.*} settings, a content folder and a UI-strings file.
 *
 * @param code            the folder and URL prefix, e.g. {@code pl}
 * @param locale          a BCP 47 locale, e.g. {@code pl-PL} ({@code site.language.pl.locale}; by
 *                        default the code with CLDR's likely region)
 * @param direction       {@code ltr} or {@code rtl}, from the locale's script
 * @param transliteration the ICU transform that makes slugs and heading ids Latin
 *                        ({@code site.language.uk.transliteration=Ukrainian-Latin/BGN}; default
 *                        {@code Latin-ASCII} for Latin-script languages, {@code Any-Latin} for others)
 * @param typography      the typography rules for text in this language ({@code site.language.pl.typography})
 * @param glueBefore      words after which a number must not start a new line ({@code art.}, {@code §})
 * @param legalTerms      words that state a rule of law, so that a paragraph using one must cite its basis
 *                        ({@code site.language.pl.legalTerms}; {@code guide.check.LegalCitations})
 * @param keepTogether    abbreviations of several words that must not be split across lines ({@code Dz. U.},
 *                        {@code tys. zł}; {@code site.language.pl.keepTogether})
 */
public record Language(String code, ULocale locale, String direction, String transliteration, List<TypographyRule> typography,
                       List<String> glueBefore, List<String> legalTerms, List<String> keepTogether) {

    /** A language without abbreviations to keep together. */
    public Language(String code, ULocale locale, String direction, String transliteration, List<TypographyRule> typography,
                    List<String> glueBefore, List<String> legalTerms) {
        this(code, locale, direction, transliteration, typography, glueBefore, legalTerms, List.of());
    }

    /** A language without legal terms. */
    public Language(String code, ULocale locale, String direction, String transliteration, List<TypographyRule> typography, List<String> glueBefore) {
        this(code, locale, direction, transliteration, typography, glueBefore, List.of());
    }

    /** A typography rule a language can switch on. */
    public enum TypographyRule {
        /** A non-breaking space after every one-letter word ("w domu", "z klientem"), as Polish typesetting requires. */
        SINGLE_LETTER_WORDS("single-letter-words"),
        /**
         * A non-breaking space between a number and the word after it ("15 grudnia", "40 EUR") and
         * between the words of {@code glueBefore} and the number after them ("art. 483").
         */
        NUMBERS("numbers"),
        /**
         * A non-breaking space before a spaced en or em dash ("etapy – i wystawiaj"), so a dash ends
         * its line and never begins the next one, as Polish (and British) typesetting requires.
         */
        DASHES("dashes"),
        /**
         * Straight quotes typed on a keyboard become the language's quotation marks from CLDR ("…" as
         * “…” in English, „…” in Polish), and apostrophes ’ ({@code guide.html.QuoteMarks}).
         */
        QUOTES("quotes"),
        /**
         * A line may end after the slash of a pair of words ("zdecydowałem/zdecydowałam"), which a browser keeps whole
         * and a phone with large text then cuts mid-word ({@code guide.html.SlashBreaks}).
         */
        SLASHES("slashes"),
        /**
         * No line ends at the hyphen of a word with a one-letter prefix or an abbreviation's ending ("e-mailem", "CMS-u"),
         * which left "e-" at a line's end on a phone ({@code guide.html.HyphenatedWords}).
         */
        HYPHENS("hyphens"),
        /**
         * A date stays on one line: a day number and a month name, in either order ("15 December", "December 15"), and
         * a month name and the year after it ("December 2026"), the month names the language's own from CLDR
         * ({@code guide.html.KeptDates}).
         */
        DATES("dates");

        private final String key;

        TypographyRule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Open Graph's {@code og:locale}: language and region with an underscore, e.g. {@code pl_PL}, {@code uk_UA}. */
    public String ogLocale() {
        ULocale full = ULocale.addLikelySubtags(locale);
        return full.getLanguage() + (full.getCountry().isEmpty() ? "" : "_" + full.getCountry());
    }

    /**
     * The language's English name, for messages to editors, as its code says it: "Polish", "Ukrainian", and "American
     * English", "British English", "Brazilian Portuguese", "Serbian (Latin)" for a code with a region or script
     * ({@link #englishNameOf}). A code CLDR has no language for, with a locale that has one, is named by the locale's.
     */
    public String englishName() {
        return LanguageCodes.isKnown(ULocale.forLanguageTag(code)) ? englishNameOf(code) : locale.getDisplayLanguage(ULocale.ENGLISH);
    }

    /**
     * The English name of a language code with all the code says: CLDR's dialect name where it has one ("American English"
     * for {@code en-US}, "British English", "Latin American Spanish" for {@code es-419}), else the language with its script
     * and region ("Polish (Poland)", "Traditional Chinese (Taiwan)"), and "English" for {@code en}. Always the region, not
     * only on a site with two variants: the name a message gives a code is the same whatever else the site has, two codes of
     * a site have two names (so a warning about {@code en-US} is told from one about {@code en-GB}), and a translator told
     * "American English" writes "color" even on a site with no British pages.
     */
    public static String englishNameOf(String code) {
        ULocale written = ULocale.forLanguageTag(code);
        String name = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.DIALECT_NAMES).localeDisplayName(written);
        String variants = written.getVariant();
        if (variants.contains("_") && name.contains(variants)) {
            // CLDR names one variant ("Slovenian (Resian)") but prints two as ICU keeps them ("BISKE_ROZAJ"): name each.
            // In the order the code writes them: ICU sorts them.
            String lowerCode = code.toLowerCase(Locale.ROOT);
            List<String> each = new ArrayList<>();
            Arrays.stream(variants.split("_")).sorted(Comparator.comparingInt(v -> lowerCode.indexOf(v.toLowerCase(Locale.ROOT))))
                    .forEach(variant -> each.add(new ULocale("und__" + variant).getDisplayVariant(ULocale.ENGLISH)));
            name = name.replace(variants, String.join(", ", each));
        }
        return name;
    }
}
