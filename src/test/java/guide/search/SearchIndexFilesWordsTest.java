package guide.search;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search panel's words travel in each language's meta.json, not on every page: each language's file has its own, and
 * the preview, which skips the index of pages it has already written, writes meta.json again when only the words changed
 * (an edit of templates/i18n/en.yaml), so the reader sees the new words after a reload.
 */
class SearchIndexFilesWordsTest {
    @TempDir
    Path dir;

    private static final List<PageText> PAGES = List.of(
            new PageText("pl", "/pl/faktury/", "Faktury", "2026-01-01", List.of(new PageText.Section("", "", "Faktura i zaliczka."))),
            new PageText("en", "/en/invoices/", "Invoices", "2026-01-01", List.of(new PageText.Section("", "", "Invoices and deposits."))));

    private static Map<String, Map<String, Object>> words(String english) {
        return Map.of("pl", Map.of("noResults", "Brak wyników."), "en", Map.of("noResults", english));
    }

    /** One preview build: into a fresh staging folder over the output, which then takes the staged files. */
    private void build(SearchIndexFiles index, Path output, Map<String, Map<String, Object>> words) throws IOException {
        Path staging = Files.createTempDirectory(dir, "staging");
        index.write(staging, output, true, true, PAGES, lang -> ULocale.forLanguageTag(lang), words);
        try (var files = Files.walk(staging)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = output.resolve(staging.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        index.published();
    }

    private String meta(Path output, String lang) throws IOException {
        return Files.readString(output.resolve(lang + "/search/meta.json"), StandardCharsets.UTF_8);
    }

    @Test
    void eachLanguagesMetaFileHasItsWordsAndAnEditOfThemAloneIsWritten() throws IOException {
        SearchIndexFiles index = new SearchIndexFiles(true);
        Path output = Files.createDirectories(dir.resolve("site"));
        build(index, output, words("No results."));
        assertTrue(meta(output, "pl").contains("\"words\":{\"noResults\":\"Brak wyników.\"}"), meta(output, "pl"));
        assertTrue(meta(output, "en").contains("\"words\":{\"noResults\":\"No results.\"}"), meta(output, "en"));

        build(index, output, words("Nothing found."));
        assertTrue(meta(output, "en").contains("\"words\":{\"noResults\":\"Nothing found.\"}"),
                "the same pages, other words: meta.json is written again: " + meta(output, "en"));
    }
}
