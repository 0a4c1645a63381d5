package guide.build;

import guide.content.Authors;
import guide.site.EditorLeftovers;
import guide.site.FolderWalk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The files of a build that are not rendered: the content folder's files published as they are, and what the output holds. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * The files editors keep in the content folder besides Markdown (SVG and GIF images, PDFs) are
     * published as they are; those {@code asItIs} refuses (JPEG and PNG, published as copies) are not, nor what
     * {@link EditorLeftovers} keeps from readers (hidden files, Windows' listings, editors' backups and lock files).
     * {@code files} are the folder's files other than Markdown, from the build's one walk.
     */
    static void copyContentFiles(Path contentDir, List<Path> files, Path target, Predicate<Path> asItIs) throws IOException {
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.equals(Authors.FILE) && !EditorLeftovers.isLeftover(name) && asItIs.test(file)) {
                Path to = target.resolve(contentDir.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** Every file under {@code site}, relative, with {@code /} separators. */
    static Set<String> list(Path site) throws IOException {
        return FolderWalk.unsorted(site, Files::isRegularFile).stream().map(p -> site.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
    }

    /** True if the staged file differs from the output's (or the output has none). */
    static boolean changed(Path staged, Path current) {
        try {
            return !Files.isRegularFile(current) || Files.mismatch(staged, current) != -1;
        } catch (IOException e) {
            return true;
        }
    }

    /** HTML pages per language ("" for those outside every language folder: the root page). */
    static Map<String, Integer> countPages(Set<String> files, List<String> languages) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String lang : languages) {
            pages.put(lang, 0);
        }
        pages.put("", 0);
        for (String file : files) {
            if (file.endsWith(".html")) {
                String first = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
                pages.merge(languages.contains(first) ? first : "", 1, Integer::sum);
            }
        }
        return pages;
    }
}
