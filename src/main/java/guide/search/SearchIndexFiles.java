package guide.search;

import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts the search index into a build's staging folder: on a build over a previous output, only the
 * files whose bytes changed (the publishing step then moves just those), on a first build all of
 * them. Keep one per builder: its {@link SearchIndexBuilder} remembers each page's analysis, and
 * this object which pages the output's index holds, so that the preview skips unchanged pages' files.
 */
public final class SearchIndexFiles {
    private final SearchIndexBuilder builder = new SearchIndexBuilder();
    private final boolean keepShards;
    /** The pages of the index last written, and of the index in the output (see {@link #published()}). */
    private Map<String, SearchIndexBuilder.LanguageIndex> written = Map.of();
    private Map<String, SearchIndexBuilder.LanguageIndex> inOutput = Map.of();
    /** The pages and words the index last written was made from, and its files; the same of the index in the output (null before one). */
    private Source writtenFrom;
    private Source outputFrom;
    /** The files the last {@link #write} put into its staging folder, sorted. */
    private List<String> staged = List.of();

    private record Source(List<PageText> pages, Map<String, Map<String, Object>> words, List<String> files) {
    }

    /** The site path of a language's index folder, e.g. {@code /pl/search/}, which the search panel reads. */
    public static String address(String lang) {
        return "/" + lang + "/" + IndexLayout.FOLDER;
    }

    /**
     * @param keepShards whether to keep the content of the shards written last (about 11 MB at
     *                   2 × 1,000 articles) and what each key's entry was made from (its postings,
     *                   a few MB more), so that a build into the output this object wrote makes
     *                   only the entries and shards whose content changed: the preview's saves
     */
    public SearchIndexFiles(boolean keepShards) {
        this.keepShards = keepShards;
    }

    /**
     * Builds the index of {@code pages}; writes into {@code staging} every file that is not already
     * in {@code published} with the same bytes (every file when not {@code incremental}). Returns
     * the paths of all index files, relative to the site root, so that stale ones can be deleted.
     * With {@code publishedIsOurs} (the output
     * holds the index this object wrote last before {@link #published()}, as in the preview) the
     * files of unchanged pages (and of unchanged shards, and the tier files of keys whose entry is
     * unchanged, when it keeps them) are neither made again nor compared. {@code locales} gives each
     * language's locale, whose language chooses how its words are analysed ({@link LanguageAnalysis#forLocale}); {@code words}
     * the search panel's words in each language, which its meta.json carries.
     */
    public List<String> write(Path staging, Path published, boolean incremental, boolean publishedIsOurs, Collection<PageText> pages,
                              Function<String, ULocale> locales, Map<String, Map<String, Object>> words) throws IOException {
        List<PageText> from = List.copyOf(pages);
        if (incremental && publishedIsOurs && outputFrom != null && outputFrom.pages().equals(from) && outputFrom.words().equals(words)) {
            // The output holds the index of these very pages and words (the preview's warm-up, an edit outside every page's text).
            written = inOutput;
            writtenFrom = outputFrom;
            staged = List.of();
            return outputFrom.files();
        }
        List<String> paths = Collections.synchronizedList(new ArrayList<>());
        List<String> put = Collections.synchronizedList(new ArrayList<>());
        try {
            written = builder.build(pages, (path, bytes) -> {
                paths.add(path);
                if (bytes == null || incremental && same(published.resolve(path), bytes)) {
                    return;
                }
                try {
                    Path target = staging.resolve(path);
                    if (!Files.isDirectory(target.getParent())) { // createDirectories throws and catches an exception when it exists
                        Files.createDirectories(target.getParent());
                    }
                    Files.write(target, bytes);
                    put.add(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, incremental && publishedIsOurs ? inOutput : Map.of(), keepShards, lang -> LanguageAnalysis.forLocale(locales.apply(lang)),
                    words);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> sorted = new ArrayList<>(paths);
        Collections.sort(sorted);
        writtenFrom = new Source(from, words, List.copyOf(sorted));
        staged = put.stream().sorted().toList();
        return sorted;
    }

    /**
     * The files (paths relative to the site root) the last {@link #write} put into its staging folder: those whose bytes the
     * published folder did not already have, all of them when it was not incremental, none when the output held this very index.
     */
    public List<String> staged() {
        return staged;
    }

    /** Says that the index last written is now in the output (a build that fails after writing it publishes nothing). */
    public void published() {
        inOutput = written;
        outputFrom = writtenFrom;
    }

    private static boolean same(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
