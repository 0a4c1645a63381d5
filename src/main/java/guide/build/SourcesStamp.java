package guide.build;

import guide.content.Authors;
import guide.site.SiteConfig;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stamps of what a build reads, by file name, size and modification time (the way make decides):
 * cheap enough to take before deciding whether to build at all, and to tell when the fingerprint
 * of templates, settings and code (which reads every byte) must be taken again.
 */
public final class SourcesStamp {
    private SourcesStamp() {
    }

    /** Everything a build reads: content, templates, assets, settings, the builder's code. */
    static String of(Path projectDir, SiteConfig.Folders folders) throws IOException {
        return of(List.of(folders.content(), folders.templates(), folders.assets(), projectDir.resolve(SiteConfig.FILE_NAME), codeRoot()));
    }

    /**
     * The stamp of every regular file under the roots (a link to one counts, as the file it points
     * to): its path relative to its root, size and modification time, in order; the attributes
     * come with the walk, one look per file.
     */
    public static String of(List<Path> roots) throws IOException {
        MessageDigest digest = PageKeys.sha256();
        ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
        for (Path root : roots) {
            PageKeys.update(digest, (Files.exists(root) ? "+" : "-") + root);
            for (FileStamp file : files(root)) {
                PageKeys.update(digest, file.path());
                digest.update(numbers.clear().putLong(file.size()).putLong(file.modified()).array());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record FileStamp(String path, long size, long modified) {
    }

    private static List<FileStamp> files(Path root) throws IOException {
        List<FileStamp> files = new ArrayList<>();
        if (Files.exists(root)) {
            walk(root, root.toString().length() + 1, files);
            files.sort(Comparator.comparing(FileStamp::path));
        }
        return files;
    }

    private static void walk(Path start, int prefix, List<FileStamp> files) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                BasicFileAttributes a = attrs.isSymbolicLink() && Files.isRegularFile(f)
                        ? Files.readAttributes(f, BasicFileAttributes.class) : attrs;
                if (a.isRegularFile()) {
                    String path = f.toString();
                    files.add(new FileStamp(path.length() < prefix ? "" : path.substring(prefix), a.size(), a.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            /** A file deleted while the walk passed it (an editor's temporary file) is not a source: it is left out, not an error. */
            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** What the validation of a content file depends on besides the file: the settings and the authors. */
    static String context(Path projectDir, SiteConfig config) throws IOException {
        return of(List.of(projectDir.resolve(SiteConfig.FILE_NAME), config.contentDir().resolve(Authors.FILE)));
    }

    /** The fingerprint of templates, settings and code, taken again only when their stamp changed. */
    static String fingerprint(Path projectDir, SiteConfig config, Map<String, String> remembered) throws IOException {
        Path settings = projectDir.resolve(SiteConfig.FILE_NAME);
        String stamp = of(List.of(config.templateDir(), settings, codeRoot()));
        String fingerprint = remembered.get(stamp);
        if (fingerprint == null) {
            fingerprint = PageCache.fingerprint(config.templateDir(), settings, codeRoot());
            remembered.clear();
            remembered.put(stamp, fingerprint);
        }
        return fingerprint;
    }

    /** Where the builder's classes are: their bytes are part of every page's key. */
    private static Path codeRoot() {
        try {
            return Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }
}
