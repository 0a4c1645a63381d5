package guide.site;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * Reads {@code site.language.<code>.locale}, {@code .transliteration}, {@code .typography} and
 * {@code .glueBefore}, {@code .keepTogether}, {@code .legalTerms} for every configured language into {@link Language} values, with defaults
 * from CLDR (a language's likely region and script), and reports unknown keys, locales, transforms
 * and rules at their line. A code is written as a BCP 47 tag ({@code en-GB}, not {@code en_GB} or {@code en-gb}): it is the
 * {@code lang} and {@code hreflang} of its pages as well as their folder.
 */
final class LanguageSettings {
    private static final String PREFIX = "site.language.";
    private static final List<String> KEYS = List.of("locale", "transliteration", "typography", "glueBefore", "keepTogether", "legalTerms");

    private LanguageSettings() {
    }

    static Map<String, Language> read(Properties properties, List<String> codes, ToIntFunction<String> lineOf, List<Problem> problems) {
        Path file = Path.of(SiteConfig.FILE_NAME);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                String rest = key.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                String code = dot < 0 ? rest : rest.substring(0, dot);
                String setting = dot < 0 ? "" : rest.substring(dot + 1);
                if (!codes.contains(code)) {
                    problems.add(new Problem(file, lineOf.applyAsInt(key), key + ": '" + code + "' is not in site.languages " + codes));
                } else if (!KEYS.contains(setting)) {
                    problems.add(new Problem(file, lineOf.applyAsInt(key), key + ": unknown setting '" + setting + "' (known: " + String.join(", ", KEYS) + ")"));
                }
            }
        }
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String code : codes) {
            String tag = new ULocale(code).toLanguageTag();
            if (!tag.equals(code) && !tag.equals("und")) {
                problems.add(new Problem(file, lineOf.applyAsInt("site.languages"), "site.languages: '" + code + "' is not written as a language"
                        + " tag is (BCP 47: a hyphen between its parts, the language in small letters, the region in capitals), and the code"
                        + " is the lang and hreflang of its pages: write '" + tag + "', and name its folder content/" + tag + "/, its file"
                        + " templates/i18n/" + tag + ".yaml and its settings site.language." + tag + ".*"));
                continue;
            }
            languages.put(code, language(code, properties, lineOf, problems, file));
        }
        return languages;
    }

    private static Language language(String code, Properties properties, ToIntFunction<String> lineOf, List<Problem> problems, Path file) {
        String localeKey = PREFIX + code + ".locale";
        String tag = properties.getProperty(localeKey, code).strip();
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !isKnown(locale)) {
            problems.add(new Problem(file, lineOf.applyAsInt(localeKey), localeKey + " '" + tag + "' is not a locale CLDR knows (write a BCP 47 tag, e.g. pl-PL)"));
            locale = ULocale.ROOT;
        }
        String transliterationKey = PREFIX + code + ".transliteration";
        String fallback = defaultTransliteration(locale);
        String transliteration = properties.getProperty(transliterationKey, fallback).strip();
        try {
            Transliterator.getInstance(transliteration);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, lineOf.applyAsInt(transliterationKey), transliterationKey + " '" + transliteration
                    + "' is not an ICU transform (e.g. Any-Latin, Ukrainian-Latin/BGN)"));
            transliteration = fallback;
        }
        String typographyKey = PREFIX + code + ".typography";
        List<Language.TypographyRule> rules = new ArrayList<>();
        for (String name : list(properties.getProperty(typographyKey, ""))) {
            Arrays.stream(Language.TypographyRule.values()).filter(r -> r.key().equals(name)).findFirst().ifPresentOrElse(rules::add,
                    () -> problems.add(new Problem(file, lineOf.applyAsInt(typographyKey), typographyKey + ": unknown rule '" + name + "' (known: "
                            + String.join(", ", Arrays.stream(Language.TypographyRule.values()).map(Language.TypographyRule::key).toList()) + ")")));
        }
        List<String> glueBefore = list(properties.getProperty(PREFIX + code + ".glueBefore", ""));
        String direction = locale.isRightToLeft() ? "rtl" : "ltr";
        List<String> legalTerms = list(properties.getProperty(PREFIX + code + ".legalTerms", ""));
        return new Language(code, locale, direction, transliteration, List.copyOf(rules), glueBefore, legalTerms,
                keepTogether(PREFIX + code + ".keepTogether", properties, lineOf, problems, file));
    }

    /** The phrases of {@code key}; one without a space has nothing to keep together, which is said at its line. */
    private static List<String> keepTogether(String key, Properties properties, ToIntFunction<String> lineOf, List<Problem> problems, Path file) {
        List<String> phrases = list(properties.getProperty(key, ""));
        for (String phrase : phrases) {
            if (!phrase.contains(" ")) {
                problems.add(new Problem(file, lineOf.applyAsInt(key), key + ": '" + phrase + "' has no space, so there is nothing to keep"
                        + " on one line: list abbreviations written with spaces (Dz. U., tys. zł) and remove '" + phrase + "'"));
            }
        }
        return phrases;
    }

    /** True if CLDR has a name for the locale's language (a typo such as "pll" has none). */
    private static boolean isKnown(ULocale locale) {
        return !locale.getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(locale.getLanguage());
    }

    /**
     * A language for which ICU has its own ASCII spelling uses it: German's {@code de-ASCII} writes "für" as "fuer" and
     * "Kündigung" as "kuendigung", as German does without its letters, where dropping the marks ("fur", "kundigung") gives
     * other words. Other languages written in Latin letters need only lose their marks ({@code Latin-ASCII}, cheap to set
     * up); others go through ICU's transform from their script ({@code Any-Latin} by default).
     */
    private static String defaultTransliteration(ULocale locale) {
        // Listed IDs only: getInstance("pl-ASCII") would fall back to Latin-ASCII under another name.
        String own = locale.getLanguage() + "-ASCII";
        if (Collections.list(Transliterator.getAvailableIDs()).contains(own)) {
            return own;
        }
        return "Latn".equals(ULocale.addLikelySubtags(locale).getScript()) ? "Latin-ASCII" : "Any-Latin";
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("\\s*,\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
