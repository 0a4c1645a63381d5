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
 * and rules at their line, for the codes {@link LanguageCodes} lets through. Tags are case-insensitive (RFC 5646, 2.1.1), so
 * {@code en-gb} is taken as written, as are deprecated codes ({@code iw}, {@code in}): renaming their folders would change
 * every address.
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
        for (String code : LanguageCodes.check(codes, lineOf.applyAsInt("site.languages"), problems)) {
            languages.putIfAbsent(code, language(code, properties, lineOf, problems, file));
        }
        return languages;
    }

    private static Language language(String code, Properties properties, ToIntFunction<String> lineOf, List<Problem> problems, Path file) {
        String localeKey = PREFIX + code + ".locale";
        String tag = properties.getProperty(localeKey, code).strip();
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !LanguageCodes.isKnown(locale)) {
            // Without a locale setting the locale is the code's own, so the code is what to change, at its own line.
            problems.add(properties.containsKey(localeKey)
                    ? new Problem(file, lineOf.applyAsInt(localeKey), localeKey + " '" + tag + "' is not a locale CLDR knows (write a BCP 47 tag, e.g. pl-PL)")
                    : new Problem(file, lineOf.applyAsInt("site.languages"), "site.languages: '" + code + "' is not a language CLDR knows, and"
                            + " the code is the lang and hreflang of its pages: write the language's BCP 47 tag (e.g. en, en-GB, pt-BR)"));
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
