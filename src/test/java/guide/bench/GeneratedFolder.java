package guide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder the benchmark generated (a corpus, or its Hugo conversion) as it was generated, so that
 * whatever a build writes into it (a cache, a lock file) can be removed before the next cold run:
 * every cold run then starts from the same files. Says once per path what it removed.
 */
final class GeneratedFolder {
    private final Path root;
    private final Set<Path> generated;
    private final Set<Path> noted = new HashSet<>();

    private GeneratedFolder(Path root, Set<Path> generated) {
        this.root = root;
        this.generated = generated;
    }

    /** Records what {@code root} holds now. */
    static GeneratedFolder of(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new GeneratedFolder(root, walk.map(root::relativize).collect(Collectors.toSet()));
        }
    }

    /**
     * Deletes every file and folder added since {@link #of}.
     *
     * @param engine who may have added them, for the note
     */
    void removeAdded(String engine) throws IOException {
        List<Path> added;
        try (Stream<Path> walk = Files.walk(root)) {
            added = walk.filter(p -> !generated.contains(root.relativize(p))).toList();
        }
        for (Path p : added) {
            Path relative = root.relativize(p);
            if (Files.exists(p) && (relative.getParent() == null || generated.contains(relative.getParent()))) {
                if (noted.add(relative)) {
                    System.out.println("  note: a " + engine + " build wrote " + relative + " into " + root.getFileName()
                            + "/; removed before each cold run");
                }
                CorpusGenerator.deleteTree(p);
            }
        }
    }
}
