package guide.search;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a build stages of the search index: every file on a first build; over a previous output only the files whose bytes
 * changed; and always the list of all the index's files, sorted, by which the build deletes stale ones. It knows which files
 * it staged ({@link SearchIndexFiles#staged()}), so that the preview publishes them without looking for each on disk.
 */
class SearchIndexFilesTest {
    @TempDir
    Path dir;

    private static final List<PageText> PAGES = List.of(
            new PageText("pl", "/pl/faktury/", "Faktury", "2026-01-01", List.of(new PageText.Section("", "", "Faktura i zaliczka."))),
            new PageText("pl", "/pl/umowy/", "Umowy", "2026-01-02", List.of(new PageText.Section("", "", "Umowa o dzieło."))));

    private List<String> write(SearchIndexFiles index, Path staging, Path output, boolean incremental, boolean ours, List<PageText> pages)
            throws IOException {
        return index.write(staging, output, incremental, ours, pages, ULocale::forLanguageTag, Map.of());
    }

    private static List<String> staged(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile).map(f -> staging.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void aFirstBuildStagesEveryFileAndListsThemSorted() throws IOException {
        Path staging = dir.resolve("staging");
        List<String> paths = write(new SearchIndexFiles(false), staging, dir.resolve("none"), false, false, PAGES);
        assertEquals(staged(staging), paths);
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        assertEquals(sorted, paths, "sorted");
        assertTrue(paths.containsAll(List.of("pl/search/meta.json", "pl/search/d/0.json", "pl/search/d/1.json")), paths.toString());
        assertEquals("/pl/search/", SearchIndexFiles.address("pl"));
    }

    /**
     * Over an output that holds the same index, nothing is staged; a file there of the same size but other bytes is staged
     * again, and a build that is not incremental stages all.
     */
    @Test
    void overAnOutputOnlyChangedFilesAreStaged() throws IOException {
        Path output = dir.resolve("site");
        List<String> all = write(new SearchIndexFiles(false), output, dir.resolve("none"), false, false, PAGES);
        Path meta = output.resolve("pl/search/meta.json");
        String page = Files.readString(output.resolve("pl/search/d/1.json"));
        Files.writeString(output.resolve("pl/search/d/1.json"), page.replace("Umowy", "Umowa"));

        Path staging = dir.resolve("staging");
        SearchIndexFiles index = new SearchIndexFiles(false);
        assertEquals(all, write(index, staging, output, true, false, PAGES));
        assertEquals(List.of("pl/search/d/1.json"), staged(staging), "only the file whose bytes differ");
        assertEquals(List.of("pl/search/d/1.json"), index.staged(), "and it knows which");
        assertTrue(Files.exists(meta));

        Path again = dir.resolve("again");
        write(new SearchIndexFiles(false), again, output, false, false, PAGES);
        assertEquals(all, staged(again), "not incremental: every file");
    }

    /**
     * The preview's object knows what its output holds: after it was published, the same pages give the same list and stage
     * nothing; over an output it did not write (another object's, or none) it stages every file again.
     */
    @Test
    void thePreviewSkipsWhatItsOutputHoldsAndNothingElse() throws IOException {
        SearchIndexFiles index = new SearchIndexFiles(true);
        Path output = dir.resolve("site");
        List<String> all = write(index, output, dir.resolve("none"), true, true, PAGES);
        index.published();

        Path staging = dir.resolve("staging");
        assertEquals(all, write(index, staging, output, true, true, PAGES));
        assertEquals(List.of(), staged(staging));
        assertEquals(List.of(), index.staged(), "it knows it staged nothing");

        Path edited = dir.resolve("edited");
        List<PageText> edit = List.of(PAGES.get(0),
                new PageText("pl", "/pl/umowy/", "Umowy", "2026-01-02", List.of(new PageText.Section("", "", "Umowa zlecenia."))));
        write(index, edited, output, true, true, edit);
        assertTrue(staged(edited).contains("pl/search/d/1.json"), "an edited page's file is staged: " + staged(edited));
        assertTrue(Files.readString(edited.resolve("pl/search/d/1.json")).contains("Umowa zlecenia."));
        assertEquals(staged(edited), index.staged(), "it knows what it staged: the publishing step moves just those");

        Path fresh = dir.resolve("fresh");
        Path elsewhere = dir.resolve("elsewhere");
        assertEquals(all, write(index, fresh, elsewhere, true, false, PAGES));
        assertEquals(all, staged(fresh), "an output it did not write gets every file");
        assertEquals(all, index.staged());

        Path full = dir.resolve("full");
        assertEquals(all, write(index, full, output, false, true, PAGES));
        assertEquals(all, staged(full), "a build that is not incremental gets every file, even over its own output");
        assertEquals(all, index.staged());
    }
}
