package guide.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index files: the same pages give the same bytes, and an edit changes only the files it touches. */
class SearchIndexBuilderTest {

    private static PageText article(String slug, String date, String title, String text) {
        return new PageText("pl", "/pl/" + slug + "/", title, date, List.of(
                new PageText.Section("", "", "Wstęp do tekstu o " + title.toLowerCase() + "."),
                new PageText.Section("main", "Najważniejsze", text)));
    }

    private static List<PageText> site() {
        List<PageText> pages = new ArrayList<>();
        String[] words = {"faktura", "zaliczka", "umowa", "klient", "termin", "przelew", "wycena", "projekt"};
        for (int i = 0; i < 40; i++) {
            pages.add(article("artykul-" + i, String.format("2026-01-%02d", 1 + i % 28), "Artykuł " + i,
                    "Klient zapłacił " + words[i % words.length] + " i " + words[(i * 3 + 1) % words.length] + " po terminie numer " + i + "."));
        }
        return pages;
    }

    @Test
    void theSamePagesGiveTheSameBytes() {
        SortedMap<String, byte[]> a = new SearchIndexBuilder().build(site());
        List<PageText> shuffled = new ArrayList<>(site());
        Collections.reverse(shuffled);
        SortedMap<String, byte[]> b = new SearchIndexBuilder().build(shuffled);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, b.get(path)), path));
        assertTrue(a.containsKey("pl/search/meta.json"));
        assertTrue(a.keySet().stream().anyMatch(p -> p.startsWith("pl/search/s/")));
        assertEquals(40, a.keySet().stream().filter(p -> p.startsWith("pl/search/d/")).count());
    }

    /**
     * The preview keeps the shards' content: after an edit, a shard whose content is the same is
     * handed over as unchanged (no bytes), every other file with the bytes a fresh build makes.
     */
    @Test
    void withKeptShardsOnlyTheChangedShardsAreMadeAgain() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        List<PageText> pages = site();
        Map<String, SearchIndexBuilder.LanguageIndex> first = builder.build(pages, (path, bytes) -> { }, Map.of(), true, LanguageAnalysis::forLanguage, Map.of());
        SortedMap<String, byte[]> before = new SearchIndexBuilder().build(pages);
        PageText old = pages.get(7);
        pages.set(7, new PageText(old.lang(), old.url(), old.title(), old.date(), List.of(old.sections().get(0),
                new PageText.Section("main", "Najważniejsze", old.sections().get(1).text() + " Kangurzyca."))));
        Handed files = new Handed();
        builder.build(pages, files::accept, first, true, LanguageAnalysis::forLanguage, Map.of());
        Map<String, byte[]> handed = files.made;
        Set<String> unchanged = files.unchanged;
        SortedMap<String, byte[]> fresh = new SearchIndexBuilder().build(pages);

        assertEquals(fresh.keySet(), new TreeSet<>(Stream.concat(handed.keySet().stream(), unchanged.stream()).toList()));
        handed.forEach((path, bytes) -> assertTrue(Arrays.equals(fresh.get(path), bytes), path));
        unchanged.forEach(path -> assertTrue(Arrays.equals(fresh.get(path), before.get(path)), "handed over as unchanged but changed: " + path));
        assertTrue(unchanged.stream().filter(path -> path.startsWith("pl/search/s/")).count() > 0, "unchanged shards are not made again");
        assertTrue(handed.keySet().stream().anyMatch(path -> path.startsWith("pl/search/s/k")), "the shard of the new word is made: " + handed.keySet());
    }

    /**
     * The files of typos in the letters that chose a shard ({@code e/}) are cut by the first letters of what they list: a
     * save that adds a word to one page changes those of its letters ("kangurzyca" under "k" and "a") and hands every other
     * over as unchanged, neither made nor compared with the output again.
     */
    @Test
    void withKeptShardsASaveLeavesTheOtherFilesOfTyposUnmade() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        List<PageText> pages = site();
        Map<String, SearchIndexBuilder.LanguageIndex> first = builder.build(pages, (path, bytes) -> { }, Map.of(), true, LanguageAnalysis::forLanguage, Map.of());
        Set<String> typoFiles = new TreeSet<>(new SearchIndexBuilder().build(pages).keySet());
        typoFiles.removeIf(p -> !p.startsWith("pl/search/e/"));
        assertTrue(typoFiles.size() > 3, "files of typos: " + typoFiles);
        PageText old = pages.get(7);
        pages.set(7, new PageText(old.lang(), old.url(), old.title(), old.date(), List.of(old.sections().get(0),
                new PageText.Section("main", "Najważniejsze", old.sections().get(1).text() + " Kangurzyca."))));
        Handed files = new Handed();
        builder.build(pages, files::accept, first, true, LanguageAnalysis::forLanguage, Map.of());
        Set<String> made = new TreeSet<>(files.made.keySet());
        made.removeIf(p -> !p.startsWith("pl/search/e/"));
        assertEquals(Set.of("pl/search/e/a.json", "pl/search/e/k.json"), made, "only the files of the new word's letters are made");
        Set<String> others = new TreeSet<>(typoFiles);
        others.removeAll(made);
        assertTrue(files.unchanged.containsAll(others), "the others are handed over as unchanged: " + others + " of " + files.unchanged);
        SortedMap<String, byte[]> fresh = new SearchIndexBuilder().build(pages);
        made.forEach(path -> assertTrue(Arrays.equals(fresh.get(path), files.made.get(path)), path));
    }

    /**
     * A key on more pages than the first tier holds has tier files (t/&lt;key&gt;-&lt;k&gt;.json). After a save that leaves
     * the key's postings as they were, the preview hands its tier files over as unchanged, and what it writes is what a fresh
     * build makes; after one that changes them, it makes them again.
     */
    @Test
    void aKeyWhosePostingsAreUnchangedKeepsItsTierFiles() {
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i <= IndexLayout.FIRST_TIER; i++) {
            pages.add(new PageText("de", "/de/seite-" + i + "/", "Seite " + i, String.format("2025-%02d-%02d", 1 + i / 28 % 12, 1 + i % 28),
                    List.of(new PageText.Section("", "", "Rechnung und Wort."))));
        }
        String tier = "de/search/t/rechnung-1.json";
        SearchIndexBuilder builder = new SearchIndexBuilder();
        Map<String, SearchIndexBuilder.LanguageIndex> first = builder.build(pages, (path, bytes) -> { }, Map.of(), true, LanguageAnalysis::forLanguage, Map.of());
        SortedMap<String, byte[]> before = new SearchIndexBuilder().build(pages);
        assertTrue(before.containsKey(tier), "a key on every page has a second tier");

        pages.add(new PageText("de", "/de/neu/", "Neu", "2026-01-01", List.of(new PageText.Section("", "", "Ganz anders."))));
        Handed files = new Handed();
        Map<String, SearchIndexBuilder.LanguageIndex> second = builder.build(pages, files::accept, first, true, LanguageAnalysis::forLanguage, Map.of());
        Map<String, byte[]> handed = files.made;
        Set<String> unchanged = files.unchanged;
        SortedMap<String, byte[]> fresh = new SearchIndexBuilder().build(pages);
        assertTrue(unchanged.contains(tier), "the tier file of a key whose postings did not change is not made again");
        assertFalse(handed.containsKey(tier), "nor handed over twice");
        assertEquals(fresh.keySet(), new TreeSet<>(Stream.concat(handed.keySet().stream(), unchanged.stream()).toList()));
        handed.forEach((path, bytes) -> assertTrue(Arrays.equals(fresh.get(path), bytes), path));
        unchanged.forEach(path -> assertTrue(Arrays.equals(fresh.get(path), before.get(path)), "handed over as unchanged but changed: " + path));

        pages.add(new PageText("de", "/de/neuer/", "Neuer", "2026-01-02", List.of(new PageText.Section("", "", "Noch eine Rechnung."))));
        Handed files2 = new Handed();
        builder.build(pages, files2::accept, second, true, LanguageAnalysis::forLanguage, Map.of());
        Map<String, byte[]> again = files2.made;
        assertTrue(again.containsKey(tier), "a new page with the key changes its postings, and its tier file is made again");
        assertTrue(Arrays.equals(new SearchIndexBuilder().build(pages).get(tier), again.get(tier)), tier);
    }

    @Test
    void editingOneArticleChangesOnlyTheFilesOfItsWords() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        List<PageText> pages = site();
        SortedMap<String, byte[]> before = builder.build(pages);
        PageText old = pages.get(7);
        pages.set(7, new PageText(old.lang(), old.url(), old.title(), old.date(), List.of(old.sections().get(0),
                new PageText.Section("main", "Najważniejsze", old.sections().get(1).text() + " Kangurzyca."))));
        SortedMap<String, byte[]> after = builder.build(pages);
        Set<String> changed = changed(before, after);
        assertTrue(changed.stream().anyMatch(p -> p.startsWith("pl/search/d/")), changed.toString());
        assertEquals(1, changed.stream().filter(p -> p.startsWith("pl/search/d/")).count(), "only the article's own page file: " + changed);
        // and the files of forms for a typo in the letters that chose its shard, which list it under "kangurzyca" and "angurzyca"
        assertTrue(changed.stream().allMatch(p -> p.startsWith("pl/search/d/") || p.startsWith("pl/search/s/k") || p.startsWith("pl/search/e/")),
                "only the shard of the new word (kangurzyca) and its files of typos besides: " + changed);
        assertEquals(List.of("pl/search/e/a.json", "pl/search/e/k.json"), changed.stream().filter(p -> p.contains("/e/")).sorted().toList());
    }

    private static PageText withWord(PageText old, String word) {
        return new PageText(old.lang(), old.url(), old.title(), old.date(), List.of(old.sections().get(0),
                new PageText.Section("main", old.sections().get(1).heading(), old.sections().get(1).text() + " " + word + ".")));
    }

    /**
     * The preview's save of a Polish article leaves the English pages as they were: the English index's files, meta.json
     * among them, are all handed over as unchanged, none made again, and the index is what a fresh build makes. A later
     * save of an English article, or new panel words in English, makes the English files again.
     */
    @Test
    void withKeptShardsASaveInOneLanguageMakesNothingOfTheOther() {
        List<PageText> pages = new ArrayList<>(site());
        for (int i = 0; i < 12; i++) {
            pages.add(new PageText("en", "/en/article-" + i + "/", "Article " + i, String.format("2026-01-%02d", 1 + i), List.of(
                    new PageText.Section("", "", "About invoices number " + i + "."),
                    new PageText.Section("main", "Most important", "The client paid the deposit late, invoice " + i + "."))));
        }
        SearchIndexBuilder builder = new SearchIndexBuilder();
        Map<String, SearchIndexBuilder.LanguageIndex> index = builder.build(pages, (path, bytes) -> { }, Map.of(), true,
                LanguageAnalysis::forLanguage, Map.of());
        Set<String> english = new TreeSet<>(new SearchIndexBuilder().build(pages).keySet());
        english.removeIf(p -> !p.startsWith("en/"));
        for (String word : List.of("Kangurzyca", "Wombat")) {
            pages.set(7, withWord(pages.get(7), word));
            Handed files = new Handed();
            index = builder.build(pages, files::accept, index, true, LanguageAnalysis::forLanguage, Map.of());
            assertEquals(List.of(), files.made.keySet().stream().filter(p -> p.startsWith("en/")).sorted().toList(),
                    "English files made again after a Polish save");
            assertTrue(files.unchanged.containsAll(english), "every English file is handed over as unchanged");
            assertTrue(files.made.keySet().stream().anyMatch(p -> p.startsWith("pl/search/s/")), "the Polish shards are made: " + files.made.keySet());
        }
        pages.set(45, withWord(pages.get(45), "Wallaby"));
        Handed files = new Handed();
        index = builder.build(pages, files::accept, index, true, LanguageAnalysis::forLanguage, Map.of());
        SortedMap<String, byte[]> fresh = new SearchIndexBuilder().build(pages);
        assertTrue(files.made.containsKey("en/search/d/5.json"), "an English save makes its page's file: " + files.made.keySet());
        files.made.forEach((path, bytes) -> assertTrue(Arrays.equals(fresh.get(path), bytes), path));
        assertTrue(files.made.keySet().stream().noneMatch(p -> p.startsWith("pl/")), "nor anything Polish: " + files.made.keySet());

        Handed worded = new Handed();
        builder.build(pages, worded::accept, index, true, LanguageAnalysis::forLanguage, Map.of("en", Map.of("searching", "Searching…")));
        assertTrue(new String(worded.made.get("en/search/meta.json"), StandardCharsets.UTF_8).contains("Searching…"),
                "new panel words make the English meta.json again");
    }

    @Test
    void aNewArticleKeepsTheNumbersOfTheOthers() {
        List<PageText> pages = site();
        SortedMap<String, byte[]> before = new SearchIndexBuilder().build(pages);
        pages.add(article("najnowszy", "2026-02-01", "Najnowszy", "Zupełnie nowy tekst."));
        SortedMap<String, byte[]> after = new SearchIndexBuilder().build(pages);
        Set<String> changedPages = new TreeSet<>(changed(before, after));
        changedPages.removeIf(p -> !p.startsWith("pl/search/d/"));
        assertEquals(Set.of("pl/search/d/40.json"), changedPages);
    }

    private static Set<String> changed(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!before.containsKey(path) || !Arrays.equals(before.get(path), bytes)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(changed::add);
        return changed;
    }

    /** The files an index build hands over: those made (with their bytes) and those handed over as unchanged (no bytes). */
    private static final class Handed {
        final Map<String, byte[]> made = new ConcurrentHashMap<>();
        final Set<String> unchanged = ConcurrentHashMap.newKeySet();

        void accept(String path, byte[] bytes) {
            if (bytes == null) {
                unchanged.add(path);
            } else {
                made.put(path, bytes);
            }
        }
    }

    /**
     * A German page (a language added by configuration) gets an index where "Rechnung", a form it does not use, stands for
     * the stem of its "Rechnungen", and "und" is a stop word.
     */
    @Test
    void aLanguageAddedByConfigurationIsSearchedByItsStems() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder().build(List.of(new PageText("de", "/de/rechnungen/", "Offene Rechnungen",
                "2026-01-01", List.of(new PageText.Section("", "", "Mahnen Sie offene Rechnungen schriftlich und freundlich.")))));
        String shards = files.entrySet().stream().filter(e -> e.getKey().startsWith("de/search/s/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(shards.contains("\"rechnung\":\"rechnung\""), shards);
        assertTrue(shards.contains("\"rechnungen\":\"rechnung\""), shards);
        assertTrue(shards.contains("\"und\"") && !shards.contains("\"und\":"), "'und' is listed as a stop word, not a form: " + shards);
    }
}
