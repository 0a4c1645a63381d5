package guide.build;

import guide.check.PageFacts;
import guide.check.PageLinks;
import guide.search.PageText;
import guide.site.CommandText;
import guide.site.FolderWalk;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the published output was built from, page by page: a key per page ({@link PageKeys}: a
 * hash of everything that decides its text) with the facts and links checks need. A page whose key has not changed is taken
 * from the previous output instead of being rendered again; the result is byte-identical to a
 * clean build because nothing outside the key goes into a page.
 */
final class PageCache {
    /**
     * 9 since 7 December 2026: page keys are 128-bit hashes, no longer SHA-256; 10 the same day: the head's warnings keep the
     * places where they name the command apart ({@link CacheHead}), and its sources' stamp no longer holds the command.
     */
    private static final int VERSION = 10;

    private final Path file;
    private final String fingerprint;
    private final Map<String, Entry> previous;
    private final Set<String> previousFiles;

    /** One page as it was published. */
    record Entry(String key, PageFacts facts, PageLinks links, PageText search) implements Serializable {
    }

    private PageCache(Path file, String fingerprint, Map<String, Entry> previous, Set<String> previousFiles) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.previous = previous;
        this.previousFiles = previousFiles;
    }

    /** The fingerprint this cache was loaded or made for (see {@link #fingerprint(Path, Path, Path)}). */
    String fingerprint() {
        return fingerprint;
    }

    /** True if there is a previous output this cache describes: changed files can then be applied to it. */
    boolean hasPrevious() {
        return !previous.isEmpty();
    }

    /** True when a build will move only changed files into {@code output}, reusing the others there. */
    boolean reusableIn(Path output) {
        return hasPrevious() && Files.isDirectory(output);
    }

    /** The files of the previous output. */
    Set<String> previousFiles() {
        return previousFiles;
    }

    /** The cache as it will be after {@link #save}: the pages just published become the previous ones. */
    PageCache after(Map<String, Entry> pages, Set<String> files) {
        return new PageCache(file, fingerprint, new LinkedHashMap<>(pages), new LinkedHashSet<>(files));
    }

    /** The cache of {@code output}, valid only if the output is there and was built with the same fingerprint. */
    static PageCache load(Path output, String fingerprint) {
        Path file = cacheFile(output);
        // The pages' entries are read only when they can be used: megabytes a template change makes useless.
        Optional<Snapshot> snapshot = read(file, fingerprint);
        if (snapshot.isPresent() && Files.isDirectory(output) && snapshot.get().fingerprint().equals(fingerprint)) {
            return new PageCache(file, fingerprint, new LinkedHashMap<>(snapshot.get().pages()), new LinkedHashSet<>(snapshot.get().files()));
        }
        return new PageCache(file, fingerprint, new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    /** What is kept on disk next to the output. */
    private record Snapshot(CacheHead head, Map<String, Entry> pages) {
        String fingerprint() {
            return head.fingerprint();
        }

        List<String> files() {
            return head.files();
        }
    }

    static Path cacheFile(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-cache.bin");
    }

    /** The snapshot on disk, with its pages' entries only if it was built with {@code fingerprint} (else an empty map; null: never). */
    @SuppressWarnings("unchecked")
    private static Optional<Snapshot> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            CacheHead head = CacheHead.read(in, VERSION, Files.size(file));
            Map<String, Entry> pages = head.fingerprint().equals(fingerprint)
                    ? (Map<String, Entry>) new ObjectInputStream(in).readObject() : Map.of();
            return Optional.of(new Snapshot(head, pages));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The previous entry of this page if its key is unchanged. */
    Optional<Entry> reusable(String path, String key) {
        Entry entry = previous.get(path);
        return entry != null && entry.key().equals(key) ? Optional.of(entry) : Optional.empty();
    }

    /** True if {@code files} are the previous output's files. */
    boolean sameFiles(Set<String> files) {
        return files.equals(previousFiles);
    }

    /** True if checks can skip unchanged pages: the same files exist ({@code sameFiles}: {@link #sameFiles}) and no page's facts changed. */
    boolean sameSiteShape(boolean sameFiles, Map<String, PageFacts> facts) {
        if (!sameFiles) {
            return false;
        }
        int withFacts = 0;
        for (Map.Entry<String, Entry> page : previous.entrySet()) {
            PageFacts before = page.getValue().facts();
            if (before != null) {
                withFacts++;
                // Identity first: a reused page's facts are the very object of the previous build.
                if (!Objects.equals(before, facts.get(page.getKey()))) {
                    return false;
                }
            }
        }
        return withFacts == facts.size();
    }

    /** Forgets the cache on disk, before the output it describes is replaced. */
    void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The head of the last build into {@code output} if that output is still complete: every file
     * it published is there (checked on all cores: tens of thousands on a large site). With the
     * same sources' stamp, nothing needs building ({@link CacheHead#report}).
     */
    static Optional<CacheHead> complete(Path output) {
        Optional<Snapshot> snapshot = read(cacheFile(output), null);
        if (snapshot.isEmpty() || !Files.isDirectory(output)
                || !snapshot.get().files().parallelStream().allMatch(f -> Files.isRegularFile(output.resolve(f)))) {
            return Optional.empty();
        }
        return Optional.of(snapshot.get().head());
    }

    /**
     * What a build said, as the next build says it again if nothing changed.
     *
     * @param sources  the stamp of the sources it was built from
     * @param warnings the report's warnings, with the places where they name the command as typed kept apart ({@link Inputs#stored})
     */
    record Said(String sources, BuildReport report, List<CommandText> warnings) {
    }

    /** Records what was just published, with what its build said. */
    void save(Map<String, Entry> pages, Set<String> files, Said said) throws IOException {
        CacheHead head = new CacheHead(VERSION, fingerprint, said.sources(), new LinkedHashMap<>(said.report().pagesByLanguage()),
                List.copyOf(said.warnings()), files);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            head.write(out);
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeObject(new LinkedHashMap<>(pages));
            objects.flush();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * What every page's key starts from: the templates and UI strings, the settings, and the
     * builder's own code, so a change to any of them renders everything again ({@code
     * BuildMemory#fingerprint} adds the assets' content-hashed names to it). Code in a jar (as
     * {@code ./guide} runs it) counts by each entry's name, size and CRC-32 from the jar's
     * directory, which changes with any class and costs a read of the directory, not of 5 MB.
     */
    static String fingerprint(Path templateDir, Path settings, Path codeRoot) throws IOException {
        MessageDigest digest = PageKeys.sha256();
        boolean jar = Files.isRegularFile(codeRoot) && codeRoot.getFileName().toString().endsWith(".jar");
        if (jar) {
            try (ZipFile entries = new ZipFile(codeRoot.toFile())) {
                entries.stream().sorted(Comparator.comparing(ZipEntry::getName))
                        .forEach(entry -> PageKeys.update(digest, entry.getName() + '\u0000' + entry.getSize() + '\u0000' + entry.getCrc()));
            }
        }
        for (Path root : jar ? List.of(templateDir) : List.of(templateDir, codeRoot)) {
            if (!Files.exists(root)) {
                continue;
            }
            for (Path f : FolderWalk.sorted(root, Files::isRegularFile)) {
                PageKeys.update(digest, root.relativize(f).toString());
                digest.update(Files.readAllBytes(f));
            }
        }
        if (Files.isRegularFile(settings)) {
            digest.update(Files.readAllBytes(settings));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
