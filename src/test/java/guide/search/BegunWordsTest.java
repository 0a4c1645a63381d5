package guide.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an unfinished word stands for where its prefix was split: the words a reader finds on most pages. */
class BegunWordsTest {
    private final Map<String, Set<String>> typed = new LinkedHashMap<>();
    private final Map<String, int[]> pages = new LinkedHashMap<>();
    private final Map<String, Set<String>> occurring = new LinkedHashMap<>();

    /** A key on {@code onPages} pages, its forms a reader may type, and which of them the pages use. */
    private void key(String key, int onPages, List<String> forms, String... used) {
        pages.put(key, new int[onPages]);
        forms.forEach(form -> typed.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(key));
        occurring.put(key, Set.of(used));
    }

    @Test
    void usedWordsOnMostPagesComeFirstThenTheShorter() {
        key("rozstac", 5, List.of("rozstac", "rozstanie"), "rozstac");
        key("rozmowa", 3, List.of("rozmowa", "rozmowy"), "rozmowa");
        key("rozum", 1, List.of("rozum", "rozumem"), "rozumem");
        key("rozkaz", 1, List.of("rozkaz"), "rozkaz");
        key("rozbior", 7, List.of("rozbior"));       // on more pages, but no page uses a form beginning "roz"
        key("klient", 9, List.of("klient", "klienta"), "klient");
        Map<String, List<String>> begun = BegunWords.of(typed, pages, occurring,
                new TreeSet<>(List.of("k", "roza", "rozb", "rozk", "rozm", "rozs", "rozu")));

        // "rozkaz" before "rozum": both on one page, and the form of rozum the pages use is "rozumem", the longer
        assertEquals(Map.of("roz", List.of("rozstac", "rozmowa", "rozkaz")), begun, "only 'roz' was split");
    }

    @Test
    void wordsOnlyTheDictionaryKnowsCountOnlyWhereThePagesUseNoneTheWordBegins() {
        key("plan", 2, List.of("plan", "planu"), "planu");
        key("plac", 9, List.of("plac"));
        key("plaster", 1, List.of("plaster"));
        key("plazma", 1, List.of("plazmami"));
        TreeSet<String> prefixes = new TreeSet<>(List.of("plaa", "plac", "plan", "plas", "plaz"));

        // "planu" is on a page: "pla" stands for "plan" alone; the other keys' forms here are the dictionary's
        assertEquals(List.of("plan"), BegunWords.of(typed, pages, occurring, prefixes).get("pla"));
        occurring.clear();
        assertEquals(List.of("plac", "plan", "plaster"), BegunWords.of(typed, pages, occurring, prefixes).get("pla"),
                "no form on the pages: the dictionary's, on most pages first, plaster being shorter than plazmami");
    }

    @Test
    void aFormWithTwoKeysOffersBoth() {
        key("mowa", 4, List.of("mowie", "mowa"), "mowie");
        key("mowic", 6, List.of("mowie", "mowic"), "mowie");
        Map<String, List<String>> begun = BegunWords.of(typed, pages, occurring,
                new TreeSet<>(List.of("mowa", "mowi")));

        assertEquals(Map.of("mow", List.of("mowic", "mowa")), begun);
    }

    @Test
    void noPrefixShorterThanThreeLettersNorOneNotSplit() {
        key("okno", 2, List.of("okno", "okna"), "okno");
        key("oko", 3, List.of("oko", "oczy"), "oko");
        assertEquals(Map.of(), BegunWords.of(typed, pages, occurring, new TreeSet<>(List.of("o", "oc", "ok", "okn", "oko"))),
                "'ok' is split, but a reader's two letters stand for nothing more; 'okn' and 'oko' have shards of their own");
    }

    /** Among keys on as many pages, the one whose form is shorter comes first, whatever the alphabet says. */
    @Test
    void onATieTheShorterFormComesFirstAndAFormAsLongAsThePrefixCounts() {
        key("kot", 1, List.of("kot"), "kot");
        key("kotlina", 1, List.of("kotlinach"), "kotlinach");
        key("kotwa", 1, List.of("kotwy"), "kotwy");
        key("kotara", 1, List.of("kotarami"), "kotarami");
        Map<String, List<String>> begun = BegunWords.of(typed, pages, occurring, new TreeSet<>(List.of("kot", "kotl", "kota", "kotw")));

        assertEquals(Map.of("kot", List.of("kot", "kotwa", "kotara")), begun, "kot (3 letters) is a form 'kot' begins");
    }

    /** A form longer than the deepest prefix is a candidate for every split prefix of it, up to seven letters. */
    @Test
    void aLongFormStandsForItsSplitPrefixesUpToSevenLetters() {
        key("nieoplacony", 2, List.of("nieoplaconych"), "nieoplaconych");
        Map<String, List<String>> begun = BegunWords.of(typed, pages, occurring,
                new TreeSet<>(List.of("nieoplac", "nieoplaz")));

        assertEquals(List.of("nie", "nieo", "nieop", "nieopl", "nieopla"), List.copyOf(begun.keySet()));
        assertEquals(List.of("nieoplacony"), begun.get("nieopla"));
    }
}
