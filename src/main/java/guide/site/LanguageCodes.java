package guide.site;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the codes of {@code site.languages}, each of which is at once a folder ({@code content/en-US/}), an address
 * ({@code /en-US/…}) and the {@code lang} and {@code hreflang} of its pages, and says at the setting's line what to write
 * instead. A code is a well-formed BCP 47 tag ({@code en_GB} and {@code en--GB} are not), of the one form a language of the
 * site has: its language, then its script, region and variants if it needs them ({@code en}, {@code en-GB},
 * {@code sr-Latn}, {@code zh-Hant-TW}, {@code de-CH-1901}). That is an allowlist, so that an extension
 * ({@code en-US-u-ca-buddhist}), private use ({@code en-US-x-foo}, {@code x-private}) or whatever else RFC 5646 may add is
 * refused rather than made a folder and an hreflang no search engine reads as a language. ICU parses a tag but rewrites
 * what it reads ({@code iw} as {@code he}, variants sorted), so the form is matched against the code as the editor wrote
 * it. Tags are the same in any case (RFC 5646, 2.1.1): {@code en-US} and {@code en-us} twice are one language with two
 * folders, which collide on a disk that ignores case (macOS, Windows), and are refused; so are two codes ICU reads as one
 * language ({@code he} and the deprecated {@code iw}), which would be two folders too, and the special codes that name no
 * language ({@code und}, undetermined), which a page's {@code lang} cannot be.
 */
final class LanguageCodes {
    private static final String SETTING = "site.languages";
    /** Language (2-3 or 5-8 letters), then script (4 letters), region (2 letters or 3 digits), variants (RFC 5646, 2.1). */
    private static final Pattern LANGUAGE_SCRIPT_REGION_VARIANT = Pattern.compile(
            "(?i)([a-z]{2,3}|[a-z]{5,8})(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*");
    private static final String EXAMPLES = "e.g. en, en-GB, pt-BR";
    /** ISO 639's codes that name no language, which BCP 47 keeps for a text's language when it has none to give. */
    private static final Map<String, String> NO_LANGUAGE = Map.of("und", "an undetermined language", "mul", "several languages at once",
            "mis", "a language with no code of its own", "zxx", "no linguistic content");

    private LanguageCodes() {
    }

    /**
     * The problems of {@code codes} as a list of site languages, at {@code line} (that of {@code site.languages}); returns
     * the codes that are language tags of the allowed form, whose settings can be read.
     */
    static List<String> check(List<String> codes, int line, List<Problem> problems) {
        Path file = Path.of(SiteConfig.FILE_NAME);
        List<String> usable = new ArrayList<>();
        for (String code : codes) {
            ULocale parsed = parse(code);
            String language = code.split("-")[0].toLowerCase(Locale.ROOT);
            if (parsed != null && NO_LANGUAGE.containsKey(language)) {
                problems.add(new Problem(file, line, noLanguage(code, NO_LANGUAGE.get(language))));
            } else if (parsed == null) {
                problems.add(new Problem(file, line, illFormed(code)));
            } else if (!isOfTheForm(code, parsed)) {
                problems.add(new Problem(file, line, notOfTheForm(code, parsed)));
            } else {
                usable.add(code);
            }
        }
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (String code : codes) {
            spellings.computeIfAbsent(code.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(code);
        }
        for (List<String> same : spellings.values()) {
            if (same.size() > 1) {
                problems.add(new Problem(file, line, twice(same)));
            }
        }
        problems.addAll(oneLanguageTwice(usable, line));
        return usable;
    }

    /**
     * Two codes ICU reads as one language ({@code he} and {@code iw}: CLDR replaces a deprecated or legacy code by the one
     * that took its place), each of which would have a folder and an hreflang value: a problem at {@code line} for each.
     * Codes in two cases only are {@link #twice}'s.
     */
    private static List<Problem> oneLanguageTwice(List<String> usable, int line) {
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        usable.forEach(code -> firstSpelling.putIfAbsent(code.toLowerCase(Locale.ROOT), code));
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        firstSpelling.values().forEach(code -> byLanguage.computeIfAbsent(canonical(code), k -> new ArrayList<>()).add(code));
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> same : byLanguage.entrySet()) {
            if (same.getValue().size() > 1) {
                List<String> read = same.getValue().stream().filter(code -> !code.equalsIgnoreCase(same.getKey()))
                        .map(code -> "'" + code + "' as '" + same.getKey() + "'").toList();
                problems.add(new Problem(Path.of(SiteConfig.FILE_NAME), line, SETTING + ": " + same.getValue().stream().map(code -> "'" + code + "'")
                        .collect(Collectors.joining(" and ")) + " are one language, " + Language.englishNameOf(same.getKey()) + " (ICU reads "
                        + String.join(" and ", read) + ", the code CLDR gives it now), which would have "
                        + same.getValue().size() + " folders and " + same.getValue().size() + " hreflang values: list it once, spelt as its folder is"));
            }
        }
        return problems;
    }

    /** The tag as ICU reads it with CLDR's aliases ({@code he} for {@code iw}, {@code id} for {@code in}, {@code en-US} for {@code en-us}). */
    private static String canonical(String code) {
        return ULocale.createCanonical(ULocale.forLanguageTag(code)).toLanguageTag();
    }

    /** Why a code whose language is one of ISO 639's special codes, which name no language, is refused, with what to write. */
    private static String noLanguage(String code, String means) {
        return SETTING + ": '" + code + "' stands for " + means + ", not a language a page's lang attribute can name: its pages would tell browsers,"
                + " screen readers and search engines nothing about their language (no hyphenation, no voice, no hreflang that matches a"
                + " reader's language): write the language's tag (" + EXAMPLES + ")";
    }

    /**
     * The language of {@code site.defaultLanguage} ({@code setting}, null when absent: the first of {@code languages}) as
     * {@code site.languages} spells it, its folder's name: {@code EN} is {@code en}, as tags are the same in any case and an
     * editor who wrote the language's tag meant that language. One not listed is a problem at the setting's {@code line}.
     */
    static String defaultOf(String setting, List<String> languages, int line, List<Problem> problems) {
        if (setting == null) {
            return languages.isEmpty() ? "" : languages.get(0);
        }
        String code = setting.strip();
        Optional<String> listed = languages.stream().filter(code::equalsIgnoreCase).findFirst();
        if (listed.isPresent() || languages.isEmpty()) {
            return listed.orElse(code);
        }
        Path file = Path.of(SiteConfig.FILE_NAME);
        if (code.isEmpty()) {
            problems.add(new Problem(file, line, "site.defaultLanguage is empty: name one of " + SETTING + " " + languages
                    + ", or remove the line to make the first, '" + languages.get(0) + "', the default"));
            return languages.get(0);
        }
        problems.add(new Problem(file, line, "site.defaultLanguage '" + code + "' is not one of " + SETTING + " " + languages
                + likelyTypo(code, languages).map(near -> ": did you mean '" + near + "'?").orElse("")));
        return code;
    }

    /**
     * True if {@code code} is language[-script][-region][-variant…], its language the one ICU reads: not a tag RFC 5646 keeps
     * whole from before it ({@code art-lojban}, read as Lojban) or a language with an extended subtag ({@code zh-yue}).
     */
    private static boolean isOfTheForm(String code, ULocale parsed) {
        return LANGUAGE_SCRIPT_REGION_VARIANT.matcher(code).matches() && parsed.getLanguage().equalsIgnoreCase(code.split("-")[0]);
    }

    /** The tag as ICU's builder reads it, or null when it is no well-formed BCP 47 tag ({@code en_US}, {@code en--US}). */
    private static ULocale parse(String code) {
        try {
            return new ULocale.Builder().setLanguageTag(code).build();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /**
     * Why an ill-formed code is refused, with the tag to write where ICU reads one in it ({@code en_US} as {@code en-US}); none
     * for {@code en--US}, which ICU would read as a private variant, or for what has no language CLDR knows in it.
     */
    private static String illFormed(String code) {
        String reason = SETTING + ": '" + code + "' is not a language tag (BCP 47: letters or digits, a hyphen between"
                + " parts), and the code is the lang and hreflang of its pages: ";
        ULocale read = new ULocale(code);
        String tag = read.toLanguageTag();
        if (read.getLanguage().isEmpty() || !isKnown(read) || tag.contains("-x-lvariant-")) {
            return reason + "write it as one (" + EXAMPLES + "), and name its folder, its file in templates/i18n/ and its settings after it";
        }
        return reason + "write '" + tag + "', and name its folder content/" + tag + "/, its file templates/i18n/" + tag
                + ".yaml and its settings site.language." + tag + ".*";
    }

    /**
     * Why a well-formed tag of another form is refused: what the form is, and the tag of its language, script, region and
     * variants to write where ICU reads a language CLDR knows in it ({@code en-US} for {@code en-US-u-ca-buddhist}).
     */
    private static String notOfTheForm(String code, ULocale parsed) {
        String reason = SETTING + ": '" + code + "' is not the code of a site language, which is its folder and the lang and hreflang"
                + " of its pages: a code is a language, then its script, region and variant if it needs them (en, en-GB, sr-Latn,"
                + " zh-Hant-TW, de-CH-1901), without extensions (-u-, -t-) or private-use parts (-x-): ";
        String tag = new ULocale(parsed.getBaseName()).toLanguageTag();
        if (parsed.getLanguage().isEmpty() || !isKnown(parsed) || !LANGUAGE_SCRIPT_REGION_VARIANT.matcher(tag).matches()) {
            return reason + "write the language's tag (" + EXAMPLES + ")";
        }
        return reason + "write '" + tag + "'";
    }

    /**
     * The listed code {@code code} is most likely a typo of ({@code eng} of {@code en}), in any case, within
     * {@link NearNames#allowance}: a two-letter code is a typo of none, as every other two-letter code is two edits away.
     */
    private static Optional<String> likelyTypo(String code, List<String> languages) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        languages.forEach(listed -> byLowerCase.putIfAbsent(listed.toLowerCase(Locale.ROOT), listed));
        return NearNames.typoOf(code.toLowerCase(Locale.ROOT), byLowerCase.keySet()).map(byLowerCase::get);
    }

    /** Two or more spellings of one tag: one language, with a folder and an hreflang value for each spelling. */
    private static String twice(List<String> same) {
        List<String> spellings = same.stream().distinct().toList();
        if (spellings.size() == 1) {
            return SETTING + ": '" + spellings.get(0) + "' is listed " + (same.size() == 2 ? "twice" : same.size() + " times") + ": list each language once";
        }
        int folders = spellings.size();
        return SETTING + ": " + String.join(" and ", spellings.stream().map(code -> "'" + code + "'").toList()) + " are one language tag"
                + " (tags are the same in any case), which would have " + folders + " folders whose names differ only in case, one and"
                + " the same on macOS and Windows disks, and " + folders + " hreflang values for one language: list it once, spelt as"
                + " its folder is";
    }

    /** True if CLDR has a name for the locale's language (a typo such as "pll" has none). */
    static boolean isKnown(ULocale locale) {
        return !locale.getDisplayLanguage(ULocale.ENGLISH).equalsIgnoreCase(locale.getLanguage());
    }
}
