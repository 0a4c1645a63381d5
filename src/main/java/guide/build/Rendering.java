package guide.build;

import guide.image.ImageFile;
import guide.search.PageText;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a build made in its staging folder, or took from the previous output: the pages (rendered
 * or reused, with what the checks and search need of them) and the files made from images (cards,
 * image copies, which the checks never read).
 *
 * @param site        the staging folder
 * @param cardsToFollow the cards the preview makes after the pages are published ({@link #withCards}), none otherwise:
 *                      browsers show no card, and a site has one per page to check
 * @param incremental true when only changed files will move into the output
 */
record Rendering(Path site, List<PageProducer.Outcome> pages, List<PageProducer.Outcome> images,
                 List<ImageFile> cardsToFollow, StagedOutput staged, boolean incremental) {

    /** The pages' problems, a template fault found on many pages named once, then the damaged images' (each once, not per copy). */
    List<Problem> problems() {
        return Stream.concat(TemplateFaults.samePlaceOnce(pages.stream().flatMap(o -> o.problems().stream()).toList()).stream(),
                images.stream().flatMap(o -> o.problems().stream()).distinct()).toList();
    }

    /** Every file made or reused, pages first. */
    List<PageProducer.Outcome> files() {
        return Stream.concat(pages.stream(), images.stream()).toList();
    }

    /** How many files were made rather than reused. */
    int rendered() {
        return (int) files().stream().filter(o -> !o.reused()).count();
    }

    /** The text of every page that search indexes. */
    List<PageText> searchable() {
        return pages.stream().flatMap(o -> o.search().stream()).toList();
    }

    /** Every file of the new site: staged ones, reused pages and images, the cards to follow, and {@code more} (the search index). */
    Set<String> allFiles(List<String> more) throws IOException {
        Set<String> files = new HashSet<>(OutputFiles.list(site));
        files().forEach(o -> files.add(o.path()));
        cardsToFollow.forEach(card -> files.add(card.outputPath()));
        files.addAll(more);
        return files;
    }

    /**
     * After the pages are published: moves the cards made since ({@code made}: the cards to
     * follow, made or reused) into the output, and returns this rendering with them.
     */
    Rendering withCards(List<PageProducer.Outcome> made) throws IOException {
        staged.apply(site, made.stream().filter(o -> !o.reused()).map(PageProducer.Outcome::path).sorted().toList(), List.of());
        return new Rendering(site, pages, Stream.concat(images.stream(), made.stream()).toList(), List.of(), staged, incremental);
    }

    /** The page cache's entry of every file, for the next build. */
    Map<String, PageCache.Entry> entries() {
        Map<String, PageCache.Entry> entries = new HashMap<>(2 * files().size());
        for (PageProducer.Outcome o : files()) {
            entries.put(o.path(), new PageCache.Entry(o.key(), o.facts(), o.links(), o.search().orElse(null)));
        }
        return entries;
    }
}
