package guide.content;

import guide.site.EditorLeftovers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file under the content folder, from one walk per build: the Markdown documents with the
 * size and time the walk saw (the scan's memo compares them), and the other regular files (images,
 * files published as they are), each list in path order. Walking the folder once, rather than once
 * for documents, once for images and once for the files to copy, matters in the preview, where a
 * site of thousands of documents is walked after every save unless its watcher says what changed
 * ({@link #withChanges}). Hidden files and folders ({@link EditorLeftovers}: a {@code .git} folder,
 * macOS's {@code ._o-nas.md}, Emacs's lock link {@code .#o-nas.md}, Word's {@code ~$o-nas.md}) are not listed: they
 * are not pages or images, and read as a page or an image they stop the build.
 */
public final class ContentFiles {
    private final Path root;
    private final List<Map.Entry<Path, BasicFileAttributes>> markdown;
    private final List<Path> others;
    /** True when a listed file is a link: its target can change or go without an event in the folder. */
    private final boolean links;

    private ContentFiles(Path root, List<Map.Entry<Path, BasicFileAttributes>> markdown, List<Path> others, boolean links) {
        this.root = root;
        this.markdown = List.copyOf(markdown);
        this.others = List.copyOf(others);
        this.links = links;
    }

    /**
     * Walks the folder (links to files count as the files; links to folders are not followed), each
     * of its top-level entries (the languages' folders, the images) on a core of its own: the walk
     * is a look at every file, which in the preview comes after every save. Not a {@link guide.site.FolderWalk}: this walk
     * keeps each file's attributes as it meets them (a second look at each would cost as much again) and passes over a
     * hidden folder without entering it. A folder it cannot open is an {@link UncheckedIOException} around the
     * {@link IOException} that names that folder, which {@link SiteContent#load} reports as {@link guide.site.FolderWalk#problem}.
     */
    public static ContentFiles walk(Path contentDir) {
        List<Path> top;
        try (Stream<Path> entries = Files.list(contentDir)) {
            top = entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ContentFiles> parts = top.parallelStream().map(start -> walkOne(contentDir, start)).toList();
        List<Map.Entry<Path, BasicFileAttributes>> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        parts.forEach(part -> {
            markdown.addAll(part.markdown);
            others.addAll(part.others);
        });
        markdown.sort(Map.Entry.comparingByKey());
        others.sort(null);
        return new ContentFiles(contentDir, markdown, others, parts.stream().anyMatch(part -> part.links));
    }

    private static ContentFiles walkOne(Path contentDir, Path start) {
        List<Map.Entry<Path, BasicFileAttributes>> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        boolean[] links = {false};
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // A hidden folder (.git, .obsidian, a tool's cache) holds no pages, and nothing in it is published.
                    return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    links[0] |= attrs.isSymbolicLink();
                    if (isMarkdown(file)) {
                        markdown.add(Map.entry(file, attrs));
                    } else if (isOther(file, attrs)) {
                        others.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFiles(contentDir, markdown, others, links[0]);
    }

    /** A hidden name ({@link EditorLeftovers#isHidden}), which the walk passes over; an editor's backup is listed, for the build to name it. */
    private static boolean isHidden(Path file) {
        return EditorLeftovers.isHidden(file.getFileName().toString());
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().endsWith(".md");
    }

    private static boolean isOther(Path file, BasicFileAttributes attrs) {
        return attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
    }

    /**
     * This listing with the changed paths looked at again, as a walk would see them now: what an
     * editor's saves changed, as the preview's watcher reported it ({@link ContentChanges}). Empty when
     * a folder came, went or changed, or a file cannot be read: the paths alone do not say what is
     * in it, and the caller walks. Also empty when the listing has a link to a file (its target may
     * have changed or gone without a word from the folder).
     *
     * @param changed absolute, normalised paths created, changed or deleted since this listing was made
     */
    public Optional<ContentFiles> withChanges(Path contentDir, Set<Path> changed) {
        Path base = root.toAbsolutePath().normalize();
        if (links || !base.equals(contentDir.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        boolean newLinks = false;
        List<Map.Entry<Path, BasicFileAttributes>> newMarkdown = new ArrayList<>(markdown);
        List<Path> newOthers = new ArrayList<>(others);
        for (Path path : changed) {
            if (base.startsWith(path)) {
                return Optional.empty(); // the content folder itself, or a folder it is in
            }
            if (!path.startsWith(base)) {
                continue; // templates, assets: not content
            }
            Path file = root.resolve(base.relativize(path).toString());
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!file.getFileName().equals(file.toRealPath(LinkOption.NOFOLLOW_LINKS).getFileName())) {
                    attrs = null; // a name that differs only in case, on a file system that ignores case: the file has another name now
                }
                if (isHidden(file) || EditorLeftovers.inHiddenFolder(root.relativize(file).toString().replace('\\', '/'))) {
                    attrs = null; // not listed, as a walk would not list it
                }
            } catch (NoSuchFileException gone) {
                attrs = null;
            } catch (IOException e) {
                return Optional.empty();
            }
            newLinks |= attrs != null && attrs.isSymbolicLink();
            if (attrs != null ? attrs.isDirectory() : holdsListedFiles(file)) {
                return Optional.empty();
            }
            int atMarkdown = Collections.binarySearch(keys(newMarkdown), file);
            int atOthers = Collections.binarySearch(newOthers, file);
            if (atMarkdown >= 0) {
                newMarkdown.remove(atMarkdown);
            }
            if (atOthers >= 0) {
                newOthers.remove(atOthers);
            }
            if (attrs != null && isMarkdown(file)) {
                newMarkdown.add(atMarkdown >= 0 ? atMarkdown : -atMarkdown - 1, Map.entry(file, attrs));
            } else if (attrs != null && isOther(file, attrs)) {
                newOthers.add(atOthers >= 0 ? atOthers : -atOthers - 1, file);
            }
        }
        return Optional.of(new ContentFiles(root, newMarkdown, newOthers, newLinks));
    }

    /** True when a listed file is inside {@code path}: it was a folder. */
    private boolean holdsListedFiles(Path path) {
        return markdown.stream().anyMatch(e -> inside(e.getKey(), path)) || others.stream().anyMatch(f -> inside(f, path));
    }

    private static boolean inside(Path file, Path folder) {
        return file.startsWith(folder) && !file.equals(folder);
    }

    private static List<Path> keys(List<Map.Entry<Path, BasicFileAttributes>> entries) {
        return new AbstractList<>() {
            @Override
            public Path get(int index) {
                return entries.get(index).getKey();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
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
