package guide.i18n;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import guide.site.LanguageVariants;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new language's interface words start as a copy of another language's file ("Add a language"
 * in the README); a copy left untranslated builds, and shows that language's words on every page.
 * A file is such a copy when nine in ten or more of its words (each string, plural form and word
 * about a language, among the keys both files have) are the same as those of a language listed
 * before it in {@code site.languages}: a translation shares a few at most (a name, an
 * {@code {points}/{max}}), a copy with its addresses and name changed still counts. The build warns,
 * at the first word that is the same. A file translated in part may still have the copied language's name
 * ({@code languageName}, which the language switch and the root page show): then the switch offers two links named
 * "English", one to each language, and the build warns at that line, with the name CLDR gives the language in itself.
 * Regional variants of one language ({@code en-GB} and {@code en-US}, {@link LanguageVariants}) share most of their words
 * by right, so neither file is compared with the other as a copy; but each needs a name that tells it from the other, and
 * "English" for both is warned, with the dialect's name CLDR gives ("American English"), and so is a root page link
 * ({@code enterSite}, "Read in English") that reads as another language's.
 */
public final class UntranslatedCopies {
    /** The share of a file's words, in percent, that makes it a copy. */
    static final int PERCENT = 90;
    /** The key of a language's name for itself, which the language switch and the root page show. */
    private static final String NAME = "languageName";
    /** The key of the root page's link to a language's home page ("Read in English"). */
    private static final String ENTRY = "enterSite";

    private UntranslatedCopies() {
    }

    /**
     * A warning for each language's file that is a copy of an earlier language's, compared before typesetting (each
     * language sets quotes its own way).
     *
     * @param ui        the words as read from {@code dir}, not typeset
     * @param languages the codes of site.languages, in order
     */
    public static List<Problem> of(UiStrings ui, List<String> languages, Path projectDir, Path dir) {
        List<Problem> warnings = new ArrayList<>();
        // The languages of a copy warned of, and those copied: the warning already says what to do with both files.
        List<String> copies = new ArrayList<>();
        for (int i = 1; i < languages.size(); i++) {
            String lang = languages.get(i);
            Map<String, String> words = words(ui, lang);
            Copy closest = null;
            for (String earlier : languages.subList(0, i)) {
                if (LanguageVariants.areVariants(lang, earlier)) {
                    continue; // en-US.yaml made from en-GB.yaml keeps most of its words by right
                }
                Copy copy = compare(ui, lang, words, words(ui, earlier), earlier);
                if (copy != null && (closest == null || copy.same() > closest.same())) {
                    closest = copy;
                }
            }
            Path file = projectDir.relativize(dir.resolve(lang + ".yaml"));
            if (closest != null) {
                String share = closest.same() == closest.compared() ? "all " + closest.compared()
                        : closest.same() + " of " + closest.compared();
                warnings.add(Problem.warning(file, closest.firstLine(),
                        share + " interface words are the same as " + closest.lang() + ".yaml's; translate them"));
                copies.add(lang);
                copies.add(closest.lang());
            }
        }
        for (String lang : languages) {
            if (!copies.contains(lang)) {
                Path file = projectDir.relativize(dir.resolve(lang + ".yaml"));
                sameName(ui, lang, languages, file).ifPresent(warnings::add);
                sameEntry(ui, lang, languages, copies, file).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /**
     * A warning when {@code lang}'s link on the root page ({@code enterSite}, "Read in English") reads as that of a regional
     * variant listed before it, as it does when one file started as the other's: the root page then offers two links with the
     * same words, one to each. (Between two languages, a file with words still to translate is work under way, which the
     * share of copied words above judges.)
     */
    private static Optional<Problem> sameEntry(UiStrings ui, String lang, List<String> languages, List<String> copies, Path file) {
        String entry = ui.strings(lang).get(ENTRY);
        return languages.subList(0, languages.indexOf(lang)).stream()
                .filter(other -> LanguageVariants.areVariants(lang, other) && !copies.contains(other) && entry != null
                        && entry.equalsIgnoreCase(ui.strings(other).get(ENTRY))).findFirst()
                .map(other -> Problem.warning(file, ui.lineOf(lang, ENTRY), ENTRY + " '" + entry + "' is " + other + ".yaml's too, so the root"
                        + " page offers two links reading '" + entry + "', one to each language: say which one this is (in its own words,"
                        + " as '" + ownName(lang, languages) + "' names it)"));
    }

    /**
     * A warning when {@code lang}'s name for itself is another language's, as a copied file left it. Of two files with
     * the same name, the one whose name is not what CLDR calls its language in itself is warned, whichever is listed
     * first ("English" in de.yaml, not in en.yaml); when neither or both are, the one listed later.
     */
    private static Optional<Problem> sameName(UiStrings ui, String lang, List<String> languages, Path file) {
        String name = ui.strings(lang).get(NAME);
        if (name == null || isOwnName(name, lang, languages)) {
            return Optional.empty();
        }
        String partner = null;
        for (String other : languages) {
            if (!other.equals(lang) && name.equalsIgnoreCase(ui.strings(other).get(NAME))
                    && (isOwnName(name, other, languages) || languages.indexOf(other) < languages.indexOf(lang))
                    && (partner == null || !isOwnName(name, partner, languages) && isOwnName(name, other, languages))) {
                partner = other;
            }
        }
        return partner == null ? Optional.empty() : Optional.of(Problem.warning(file, ui.lineOf(lang, NAME), NAME + " '" + name
                + "' is " + partner + ".yaml's too, so the language switch and the root page offer two links named '" + name
                + "', one to each language: write the language's name in itself ('" + ownName(lang, languages) + "')"));
    }

    /**
     * True if {@code name} is what CLDR calls the language in itself: for a regional code, its name with the region ("English
     * (United Kingdom)") or as a dialect ("British English"), or its bare language's ("English") while no other language of
     * the site is a variant of it: with en-GB and en-US both, "English" names neither.
     */
    private static boolean isOwnName(String name, String lang, List<String> languages) {
        ULocale locale = ULocale.forLanguageTag(lang);
        boolean variants = languages.stream().anyMatch(other -> LanguageVariants.areVariants(lang, other));
        return name.equalsIgnoreCase(displayName(locale, DisplayContext.STANDARD_NAMES)) || name.equalsIgnoreCase(displayName(locale, DisplayContext.DIALECT_NAMES))
                || !variants && name.equalsIgnoreCase(displayName(new ULocale(locale.getLanguage()), DisplayContext.STANDARD_NAMES));
    }

    /**
     * The name CLDR gives a language in itself, capitalised as a menu shows it ("Deutsch", "Français", "Português" for a site's
     * only Portuguese, pt-BR); for one of two regional variants, the one that tells it from the other ("British English",
     * "American English", "Português (Brasil)").
     */
    private static String ownName(String lang, List<String> languages) {
        ULocale locale = ULocale.forLanguageTag(lang);
        boolean variants = languages.stream().anyMatch(other -> LanguageVariants.areVariants(lang, other));
        return variants ? displayName(locale, DisplayContext.DIALECT_NAMES) : displayName(new ULocale(locale.getLanguage()), DisplayContext.STANDARD_NAMES);
    }

    private static String displayName(ULocale locale, DisplayContext names) {
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU, names).localeDisplayName(locale);
    }

    /** How much of {@code lang}'s file is the same as {@code other}'s, or null when it is not a copy. */
    private record Copy(String lang, int same, int compared, int firstLine) {
    }

    private static Copy compare(UiStrings ui, String lang, Map<String, String> words, Map<String, String> others, String other) {
        int compared = 0;
        List<String> same = new ArrayList<>();
        for (Map.Entry<String, String> word : words.entrySet()) {
            if (others.containsKey(word.getKey())) {
                compared++;
                if (others.get(word.getKey()).equals(word.getValue())) {
                    same.add(word.getKey());
                }
            }
        }
        if (compared == 0 || same.size() * 100 < compared * PERCENT) {
            return null;
        }
        int first = same.stream().map(key -> ui.lineOf(lang, key.contains(".") ? key.substring(0, key.indexOf('.')) : key))
                .min(Comparator.naturalOrder()).orElse(0);
        return new Copy(other, same.size(), compared, first);
    }

    /** Every word of a language's file: "siteName", "points.few", "originalIn.en". */
    private static Map<String, String> words(UiStrings ui, String lang) {
        Map<String, String> words = new LinkedHashMap<>(ui.strings(lang));
        ui.pluralForms(lang).forEach((key, forms) -> forms.forEach((form, text) -> words.put(key + "." + form, text)));
        ui.aboutLanguages(lang).forEach((key, texts) -> texts.forEach((code, text) -> words.put(key + "." + code, text)));
        return words;
    }
}
