package guide.i18n;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import guide.site.MarkedTranslation;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new language's interface words left as the copy of another language's file they started as: a warning at the file. */
class UntranslatedCopiesTest {
    @TempDir
    Path dir;

    private List<String> warnings(String... codes) {
        List<Language> languages = Arrays.stream(codes).map(c -> new Language(c, new ULocale(c), "ltr", "Latin-ASCII", List.of(), List.of())).toList();
        UiStrings ui = UiStrings.load(dir, dir.resolve("templates/i18n"), languages, new ArrayList<>());
        return UntranslatedCopies.of(ui, List.of(codes), dir, dir.resolve("templates/i18n")).stream().map(Problem::toString).toList();
    }

    /** The English file with every plain string but {@code kept} marked as the {@code lang} translation ("The Guide (de)"). */
    private static String translatedBut(String kept, String lang) {
        return MarkedTranslation.of(SmallProject.EN, lang, line -> line.startsWith(kept + ":"));
    }

    private static String translated(String line, String lang) {
        return MarkedTranslation.line(line, lang);
    }

    /** Each string, plural form and word about a language of the file, counted by the test's own reading of it. */
    @SuppressWarnings("unchecked")
    private static int words(String yaml) {
        int n = 0;
        for (Object value : ((Map<String, Object>) new Yaml().load(yaml)).values()) {
            n += value instanceof Map<?, ?> map ? map.size() : 1;
        }
        return n;
    }

    @Test
    void aCopyWordForWordIsNamedWithTheFileItCopies() {
        SmallProject.in(dir).write("templates/i18n/de.yaml", SmallProject.EN);
        assertEquals(List.of("templates/i18n/de.yaml:1: warning: all " + words(SmallProject.EN)
                + " interface words are the same as en.yaml's; translate them"), warnings("pl", "en", "de"));
    }

    @Test
    void aCopyWithOnlyItsNameAndAddressesChangedIsStillOneAtItsFirstUntranslatedLine() {
        String german = SmallProject.EN.replace("siteName: The Guide", "siteName: Der Leitfaden").replace("archiveUrl: /en/articles/", "archiveUrl: /de/artikel/");
        SmallProject.in(dir).write("templates/i18n/de.yaml", german);
        int n = words(german);
        assertEquals(List.of("templates/i18n/de.yaml:2: warning: " + (n - 2) + " of " + n + " interface words are the same as en.yaml's; translate them"),
                warnings("pl", "en", "de"));
    }

    @Test
    void aTranslationOrOneUnderWayIsNoCopy() {
        SmallProject project = SmallProject.in(dir);
        assertEquals(List.of(), warnings("pl", "en"), "the Polish and English files share no word");
        List<String> english = SmallProject.EN.lines().toList();
        String third = IntStream.range(0, english.size()).mapToObj(i -> i % 3 == 0 ? translated(english.get(i), "de") : english.get(i))
                .collect(Collectors.joining("\n", "", "\n")).replace("languageName: English", "languageName: Deutsch");
        project.write("templates/i18n/de.yaml", third);
        int same = (int) new Yaml().<Map<String, Object>>load(third).entrySet().stream()
                .filter(e -> e.getValue().equals(new Yaml().<Map<String, Object>>load(SmallProject.EN).get(e.getKey()))).count();
        assertTrue(same > words(SmallProject.EN) / 2, "the German file loads, with most of its words still English: " + same);
        assertEquals(List.of(), warnings("pl", "en", "de"), "a file with words translated here and there is work under way");
    }

    /**
     * A file translated but for the language's name: the language switch would offer two links named "English". The
     * warning names the line and the name CLDR gives German in German.
     */
    @Test
    void aTranslationThatKeptTheCopiedLanguagesNameIsWarnedAtItsLine() {
        String german = translatedBut("languageName", "de");
        SmallProject.in(dir).write("templates/i18n/de.yaml", german);
        int line = SmallProject.EN.lines().toList().indexOf("languageName: English") + 1;
        assertEquals(List.of("templates/i18n/de.yaml:" + line + ": warning: languageName 'English' is en.yaml's too, so the language switch and"
                + " the root page offer two links named 'English', one to each language: write the language's name in itself ('Deutsch')"),
                warnings("pl", "en", "de"));
        SmallProject.in(dir).write("templates/i18n/de.yaml", german.replace("languageName: English", "languageName: Deutsch"));
        assertEquals(List.of(), warnings("pl", "en", "de"), "named in itself");
    }

    /**
     * The copied name is the new file's fault wherever the new language is listed: with German first, the warning is still
     * at de.yaml, not at en.yaml, whose "English" is right.
     */
    @Test
    void theFileWhoseNameIsNotItsLanguagesIsWarnedWhicheverIsListedFirst() {
        SmallProject.in(dir).write("templates/i18n/de.yaml", translatedBut("languageName", "de"));
        int line = SmallProject.EN.lines().toList().indexOf("languageName: English") + 1;
        assertEquals(List.of("templates/i18n/de.yaml:" + line + ": warning: languageName 'English' is en.yaml's too, so the language switch and"
                + " the root page offer two links named 'English', one to each language: write the language's name in itself ('Deutsch')"),
                warnings("de", "en", "pl"));
    }

    /**
     * A regional code's own name is its language's too: en-GB's "English" is right (CLDR's full name for it is "English
     * (United Kingdom)"), so German's copy of it is warned, listed first or not; a name in other capitals is the same
     * name on the switch; and the warning names the file whose name it is, not another copy.
     */
    @Test
    void aRegionalCodeOwnsItsLanguagesNameAndTheWarningNamesTheOwner() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/en-GB.yaml", SmallProject.EN);
        project.write("templates/i18n/de.yaml", translatedBut("languageName", "de"));
        List<String> regional = warnings("de", "en-GB", "pl");
        assertEquals(1, regional.size(), regional.toString());
        assertTrue(regional.get(0).startsWith("templates/i18n/de.yaml:") && regional.get(0).contains("is en-GB.yaml's too"), regional.get(0));

        project.write("templates/i18n/de.yaml", translatedBut("languageName", "de").replace("languageName: English", "languageName: english"));
        List<String> capitals = warnings("pl", "en", "de");
        assertEquals(1, capitals.size(), capitals.toString());
        assertTrue(capitals.get(0).startsWith("templates/i18n/de.yaml:") && capitals.get(0).contains("'english' is en.yaml's too"), capitals.get(0));

        project.write("templates/i18n/de.yaml", translatedBut("languageName", "de"));
        project.write("templates/i18n/fr.yaml", translatedBut("languageName", "fr"));
        List<String> two = warnings("de", "fr", "en", "pl");
        assertEquals(2, two.size(), two.toString());
        assertTrue(two.stream().allMatch(w -> w.contains("is en.yaml's too")), two.toString());
    }

    /** Two files with the same name, neither their language's own: the one listed later is warned. */
    @Test
    void whenNeitherNameIsItsLanguagesOwnTheFileListedLaterIsWarned() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("languageName: English", "languageName: Anglais"));
        project.write("templates/i18n/de.yaml", translatedBut("languageName", "de").replace("languageName: English", "languageName: Anglais"));
        List<String> german = warnings("pl", "en", "de");
        assertEquals(1, german.size(), german.toString());
        assertTrue(german.get(0).startsWith("templates/i18n/de.yaml:") && german.get(0).contains("'Anglais' is en.yaml's too"), german.get(0));
        List<String> english = warnings("pl", "de", "en");
        assertEquals(1, english.size(), english.toString());
        assertTrue(english.get(0).startsWith("templates/i18n/en.yaml:") && english.get(0).contains("'Anglais' is de.yaml's too"), english.get(0));
    }

    /** The name CLDR gives a language in itself, capitalised as a menu shows it: French writes "français" in a sentence. */
    @Test
    void theNameSuggestedIsTheLanguagesOwnAsAMenuWritesIt() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/fr.yaml", translatedBut("languageName", "fr").replace("languageName: English", "languageName: Polski"));
        List<String> said = warnings("pl", "en", "fr");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("languageName 'Polski' is pl.yaml's too") && said.get(0).endsWith("('Français')"), said.get(0));
    }

    /** A file without the name is refused elsewhere (every key in every file); here it is no duplicate, and no failure. */
    @Test
    void aFileWithoutTheNameHasNoneTheSame() {
        SmallProject.in(dir).write("templates/i18n/de.yaml", translatedBut("none", "de").replaceFirst("languageName: .*\n", ""));
        assertEquals(List.of(), warnings("pl", "en", "de"));
    }

    /** Nine words in ten the same is a copy; eight in ten is a translation under way. */
    @Test
    void nineInTenWordsTheSameIsACopyEightInTenIsNot() {
        SmallProject project = SmallProject.in(dir);
        List<String> tenWords = SmallProject.EN.lines().filter(l -> l.matches("(siteName|tagline|languageName|enterSite|translationMissing|goToHome"
                + "|translationOutdated|readOriginal|allArticles|allArticlesPage): .*")).toList();
        assertEquals(10, tenWords.size());
        String german = String.join("\n", tenWords).replace("siteName: The Guide", "siteName: Der Leitfaden") + "\n";
        project.write("templates/i18n/de.yaml", german);
        assertEquals(List.of("templates/i18n/de.yaml:2: warning: 9 of 10 interface words are the same as en.yaml's; translate them"),
                warnings("pl", "en", "de"));
        project.write("templates/i18n/de.yaml", german.replace("languageName: English", "languageName: Deutsch"));
        assertEquals(List.of(), warnings("pl", "en", "de"));
    }

    @Test
    void theLanguageListedFirstIsNeverTheCopy() {
        SmallProject.in(dir).write("templates/i18n/pl.yaml", SmallProject.EN);
        assertEquals(List.of("templates/i18n/en.yaml:1: warning: all " + words(SmallProject.EN)
                + " interface words are the same as pl.yaml's; translate them"), warnings("pl", "en"));
    }

    @Test
    void aCopyOfTwoEarlierLanguagesNamesTheCloserOneAndTheFirstListedOfTwoAsClose() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/pl.yaml", SmallProject.EN.replace("siteName: The Guide", "siteName: Przewodnik"));
        project.write("templates/i18n/de.yaml", SmallProject.EN);
        int n = words(SmallProject.EN);
        assertEquals(List.of("templates/i18n/en.yaml:2: warning: " + (n - 1) + " of " + n + " interface words are the same as pl.yaml's; translate them",
                "templates/i18n/de.yaml:1: warning: all " + n + " interface words are the same as en.yaml's; translate them"),
                warnings("pl", "en", "de"), "de is all of en's words, one fewer of pl's");
        project.write("templates/i18n/pl.yaml", SmallProject.EN);
        assertEquals(List.of("templates/i18n/en.yaml:1: warning: all " + n + " interface words are the same as pl.yaml's; translate them",
                "templates/i18n/de.yaml:1: warning: all " + n + " interface words are the same as pl.yaml's; translate them"),
                warnings("pl", "en", "de"), "as close to both: the language listed first");
    }

    /**
     * British and American English: the American file starts as the British one and changes a few words ("colour" to
     * "color"), and may keep all the rest by right, so it is no copy of it; a copy of another language's file still is.
     */
    @Test
    void aRegionalVariantsFileMadeFromTheOthersIsNoCopy() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/en-GB.yaml", SmallProject.EN.replace("languageName: English", "languageName: British English"));
        project.write("templates/i18n/en-US.yaml", SmallProject.EN.replace("languageName: English", "languageName: American English")
                .replace("enterSite: Read in English", "enterSite: Read in American English").replace("archiveUrl: /en/articles/", "archiveUrl: /en-US/articles/"));
        assertEquals(List.of(), warnings("pl", "en-GB", "en-US"));

        project.write("templates/i18n/pt-BR.yaml", SmallProject.EN);
        List<String> portuguese = warnings("pl", "en-GB", "pt-BR");
        assertEquals(1, portuguese.size(), portuguese.toString());
        assertTrue(portuguese.get(0).startsWith("templates/i18n/pt-BR.yaml:1: warning: ") && portuguese.get(0).contains(" interface words are the same as en-GB.yaml's"),
                "a Brazilian file left as the British one's copy is still one: " + portuguese.get(0));
    }

    /**
     * Two variants both named "English" give the language switch two links named "English", and the root page two reading
     * "Read in English": the one listed later is warned of both, with the dialect's name CLDR gives it; "English" alone is
     * right while no other variant is listed.
     */
    @Test
    void twoRegionalVariantsNamedAlikeAreWarnedWithTheDialectsName() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/en-GB.yaml", SmallProject.EN);
        project.write("templates/i18n/en-US.yaml", SmallProject.EN.replace("archiveUrl: /en/articles/", "archiveUrl: /en-US/articles/"));
        int line = SmallProject.EN.lines().toList().indexOf("languageName: English") + 1;
        int entry = SmallProject.EN.lines().toList().indexOf("enterSite: Read in English") + 1;
        assertEquals(List.of("templates/i18n/en-US.yaml:" + line + ": warning: languageName 'English' is en-GB.yaml's too, so the language switch"
                + " and the root page offer two links named 'English', one to each language: write the language's name in itself"
                + " ('American English')", "templates/i18n/en-US.yaml:" + entry + ": warning: enterSite 'Read in English' is en-GB.yaml's too,"
                + " so the root page offers two links reading 'Read in English', one to each language: say which one this is (in its own"
                + " words, as 'American English' names it)"), warnings("pl", "en-GB", "en-US"));
        project.write("templates/i18n/en-US.yaml", SmallProject.EN.replace("languageName: English", "languageName: English (United States)")
                .replace("enterSite: Read in English", "enterSite: Read in US English"));
        assertEquals(List.of(), warnings("pl", "en-GB", "en-US"), "CLDR's name with the region tells it from the British one too");
        assertEquals(List.of(), warnings("pl", "en-GB"), "one English: 'English' names it");
    }

    /**
     * A site's only Portuguese, in Brazil's (pt-BR), is named "Português", as a language switch with no other Portuguese
     * names it; the region comes into the name only beside another variant.
     */
    @Test
    void theNameSuggestedForALanguagesOnlyVariantIsTheLanguages() {
        SmallProject.in(dir).write("templates/i18n/pt-BR.yaml", translatedBut("languageName", "pt"));
        List<String> said = warnings("pl", "en", "pt-BR");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("templates/i18n/pt-BR.yaml:") && said.get(0).endsWith("('Português')"), said.get(0));
    }
}
