package guide.i18n;

import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The words the search panel reads from meta.json: each language's own, under the names search-panel.js uses, counted
 * words with the plural forms that language's file gives (Polish four, English two), a word a file writes plain as "other".
 */
class SearchPanelWordsTest {
    @TempDir
    Path dir;

    @Test
    void eachLanguageGetsItsOwnWordsUnderThePanelsNames() {
        UiStrings ui = SmallProject.in(dir).ui();
        Map<String, Object> pl = SearchPanelWords.of(ui, "pl");
        assertEquals(List.of("begunOnly", "corrected", "count", "keepTyping", "noResults", "noWords", "only", "phrase", "phraseChecked",
                "phraseNone", "showMore"), List.copyOf(pl.keySet()));
        assertEquals("Pisz dalej.", pl.get("keepTyping"));
        assertEquals("Brak wyników.", pl.get("noResults"));
        assertEquals("Pokaż więcej", pl.get("showMore"));
        assertEquals("(sprawdzono {checked} z {of})", pl.get("phraseChecked"));
        assertEquals(Map.of("one", "{0} wynik", "few", "{0} wyniki", "many", "{0} wyników", "other", "{0} wyniku"), pl.get("count"));
        Map<String, Object> en = SearchPanelWords.byLanguage(ui, List.of("pl", "en")).get("en");
        assertEquals("Keep typing.", en.get("keepTyping"));
        assertEquals(Map.of("one", "{0} page has “{word}”:", "other", "{0} pages have “{word}”:"), en.get("only"));
        assertEquals(Map.of("one", "“{phrase}” in another order: {0} page", "other", "“{phrase}” in another order: {0} pages"), en.get("phraseNone"));
    }

    @Test
    void aCountedWordWrittenPlainIsItsOtherForm() {
        SmallProject project = SmallProject.in(dir);
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("searchResultsCount:\n  one: \"{0} result\"\n  other: \"{0} results\"\n",
                "searchResultsCount: \"Results: {0}\"\n"));
        assertEquals(Map.of("other", "Results: {0}"), SearchPanelWords.of(project.ui(), "en").get("count"));
    }
}
