package guide.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a publish uploads from a built site: all of them, with their MD5, except the host
 * configuration that object storage would serve as ordinary files ({@code _headers},
 * {@code _redirects}) and what no build puts there: the folder listings operating systems leave
 * in folders one opens ({@code Thumbs.db}, {@code desktop.ini}), and names starting with a dot
 * other than {@code .well-known/} ({@link PublicPaths}: the build does not copy them from
 * {@code assets/} either, and a {@code .git} or {@code .DS_Store} kept in the output stays
 * there). {@code .well-known/} (security.txt, app links) is published. The build's own
 * bookkeeping (page cache, lock, staging folders) is kept next to the site, never inside it.
 */
public final class SiteFiles {
    /** File names, in any folder, that are never uploaded (besides those {@link PublicPaths} leaves out). */
    private static final Set<String> CLUTTER = Set.of("Thumbs.db", "desktop.ini");

    private SiteFiles() {
    }

    /** The site's files in path order. */
    public static List<SiteFile> scan(Path site) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(site)) {
            paths = walk.filter(Files::isRegularFile).toList();
        }
        try {
            return paths.parallelStream().map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !HostFiles.isHostOnly(path) && !notTheSites(path)).map(path -> read(site, path))
                    .sorted(Comparator.comparing(SiteFile::path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean notTheSites(String path) {
        String[] parts = path.split("/");
        return CLUTTER.contains(parts[parts.length - 1]) || !PublicPaths.isPublic(path);
    }

    private static SiteFile read(Path site, String path) {
        Path file = site.resolve(path);
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean fingerprinted = AssetNames.looksFingerprinted(path) && AssetNames.isFingerprinted(path, bytes);
            return new SiteFile(path, file, bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)), fingerprinted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
