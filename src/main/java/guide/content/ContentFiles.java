package guide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file under the content folder, from one walk per build: the Markdown documents with the
 * size and time the walk saw (the scan's memo compares them), and the other regular files (images,
 * files published as they are), each list in path order. Walking the folder once, rather than once
 * for documents, once for images and once for the files to copy, matters in the preview, where a
 * site of thousands of documents is walked after every save.
 */
public final class ContentFiles {
    private final List<Map.Entry<Path, BasicFileAttributes>> markdown;
    private final List<Path> others;

    private ContentFiles(List<Map.Entry<Path, BasicFileAttributes>> markdown, List<Path> others) {
        this.markdown = List.copyOf(markdown);
        this.others = List.copyOf(others);
    }

    /**
     * Walks the folder (links to files count as the files; links to folders are not followed), each
     * of its top-level entries (the languages' folders, the images) on a core of its own: the walk
     * is a look at every file, which in the preview comes after every save.
     */
    public static ContentFiles walk(Path contentDir) {
        List<Path> top;
        try (Stream<Path> entries = Files.list(contentDir)) {
            top = entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentDir, e);
        }
        List<ContentFiles> parts = top.parallelStream().map(ContentFiles::walkOne).toList();
        List<Map.Entry<Path, BasicFileAttributes>> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        parts.forEach(part -> {
            markdown.addAll(part.markdown);
            others.addAll(part.others);
        });
        markdown.sort(Map.Entry.comparingByKey());
        others.sort(null);
        return new ContentFiles(markdown, others);
    }

    private static ContentFiles walkOne(Path start) {
        List<Map.Entry<Path, BasicFileAttributes>> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        markdown.add(Map.entry(file, attrs));
                    } else if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        others.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + start, e);
        }
        return new ContentFiles(markdown, others);
    }

    /** The {@code .md} files, each with its attributes as walked (a link's own, not its target's). */
    public List<Map.Entry<Path, BasicFileAttributes>> markdown() {
        return markdown;
    }

    /** The regular files that are not {@code .md}. */
    public List<Path> others() {
        return others;
    }
}
