package guide.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a publish uploads from a built site: all of them, with their MD5, except the host
 * configuration that object storage would serve as ordinary files ({@code _headers},
 * {@code _redirects}) and what no build puts there: the folder listings operating systems leave
 * in folders one opens ({@code .DS_Store}, {@code Thumbs.db}, {@code desktop.ini}) and a version
 * control folder ({@code .git}) kept in the output. Other names starting with a dot are the
 * site's: the build copies every file of {@code assets/}, and {@code .well-known/} (security.txt,
 * app links) must be published. The build's own bookkeeping (page cache, lock, staging folders)
 * is kept next to the site, never inside it.
 */
public final class SiteFiles {
    /** File names, in any folder, that are never uploaded. */
    private static final Set<String> CLUTTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    /** Folders, at any depth, whose files are never uploaded. */
    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".svn", ".hg");

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
        return CLUTTER.contains(parts[parts.length - 1]) || Arrays.stream(parts).anyMatch(VERSION_CONTROL::contains);
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
