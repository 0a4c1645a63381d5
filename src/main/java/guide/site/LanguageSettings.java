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
 * and rules at their line, for the codes {@link LanguageCodes} lets through, under the keys {@link LanguageKeys} finds for them
 * (in any case). Tags are case-insensitive (RFC 5646, 2.1.1), so {@code en-gb} is taken as written, as are deprecated codes
 * ({@code iw}, {@code in}): renaming their folders would change every address.
 */
final class LanguageSettings {

    private LanguageSettings() {
    }

    static Map<String, Language> read(Properties properties, List<String> codes, ToIntFunction<String> lineOf, List<Problem> problems) {
        return read(properties, codes, LanguageKeys.of(properties, codes, lineOf, problems), lineOf, problems);
    }

    /** The languages of {@code codes}, their settings read under the keys {@code keys} found for them. */
    static Map<String, Language> read(Properties properties, List<String> codes, LanguageKeys keys, ToIntFunction<String> lineOf,
                                      List<Problem> problems) {
        Path file = Path.of(SiteConfig.FILE_NAME);
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String code : LanguageCodes.check(codes, lineOf.applyAsInt("site.languages"), problems)) {
            languages.putIfAbsent(code, language(code, new Settings(properties, keys, code), lineOf, problems, file));
        }
        return languages;
    }

    /** One language's settings, under the keys the file writes them with ({@code site.language.en-us.locale} for {@code en-US}). */
    private record Settings(Properties properties, LanguageKeys keys, String code) {
        String key(String setting) {
            return keys.keyOrDefault(code, setting);
        }

        String get(String setting, String fallback) {
            return properties.getProperty(key(setting), fallback);
        }

        boolean has(String setting) {
            return keys.key(code, setting).isPresent();
        }
    }

    private static Language language(String code, Settings settings, ToIntFunction<String> lineOf, List<Problem> problems, Path file) {
        String localeKey = settings.key("locale");
        String tag = settings.get("locale", code).strip();
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !LanguageCodes.isKnown(locale)) {
            // Without a locale setting the locale is the code's own, so the code is what to change, at its own line.
            problems.add(settings.has("locale")
                    ? new Problem(file, lineOf.applyAsInt(localeKey), localeKey + " '" + tag + "' is not a locale CLDR knows (write a BCP 47 tag, e.g. pl-PL)")
                    : new Problem(file, lineOf.applyAsInt("site.languages"), "site.languages: '" + code + "' is not a language CLDR knows, and"
                            + " the code is the lang and hreflang of its pages: write the language's BCP 47 tag (e.g. en, en-GB, pt-BR)"));
            locale = ULocale.ROOT;
        }
        String transliterationKey = settings.key("transliteration");
        String fallback = defaultTransliteration(locale);
        String transliteration = settings.get("transliteration", fallback).strip();
        try {
            Transliterator.getInstance(transliteration);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, lineOf.applyAsInt(transliterationKey), transliterationKey + " '" + transliteration
                    + "' is not an ICU transform (e.g. Any-Latin, Ukrainian-Latin/BGN)"));
            transliteration = fallback;
        }
        String typographyKey = settings.key("typography");
        List<Language.TypographyRule> rules = new ArrayList<>();
        for (String name : list(settings.get("typography", ""))) {
            Arrays.stream(Language.TypographyRule.values()).filter(r -> r.key().equals(name)).findFirst().ifPresentOrElse(rules::add,
                    () -> problems.add(new Problem(file, lineOf.applyAsInt(typographyKey), typographyKey + ": unknown rule '" + name + "' (known: "
                            + String.join(", ", Arrays.stream(Language.TypographyRule.values()).map(Language.TypographyRule::key).toList()) + ")")));
        }
        List<String> glueBefore = list(settings.get("glueBefore", ""));
        String direction = locale.isRightToLeft() ? "rtl" : "ltr";
        List<String> legalTerms = list(settings.get("legalTerms", ""));
        return new Language(code, locale, direction, transliteration, List.copyOf(rules), glueBefore, legalTerms,
                keepTogether(settings, lineOf, problems, file));
    }

    /** The phrases of {@code key}; one without a space has nothing to keep together, which is said at its line. */
    private static List<String> keepTogether(Settings settings, ToIntFunction<String> lineOf, List<Problem> problems, Path file) {
        String key = settings.key("keepTogether");
        List<String> phrases = list(settings.get("keepTogether", ""));
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
