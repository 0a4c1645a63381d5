package guide.publish;

import guide.site.FolderWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The files a publish uploads from a built site: all of them, with their MD5, except the host
 * configuration that object storage would serve as ordinary files ({@code _headers},
 * {@code _redirects}) and what {@link PublicPaths} leaves out: names starting with a dot other
 * than {@code .well-known/}, and Windows' folder listings (the build does not copy them from
 * {@code assets/} either; a {@code .git} or {@code .DS_Store} kept in the output stays there, and
 * the next publish deletes such objects an earlier one uploaded). {@code .well-known/} (security.txt, app links) is published. The build's own
 * bookkeeping (page cache, lock, staging folders) is kept next to the site, never inside it.
 */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** The site's files in path order. */
    public static List<SiteFile> scan(Path site) throws IOException {
        List<Path> paths = FolderWalk.unsorted(site, Files::isRegularFile);
        try {
            return paths.parallelStream().map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !HostFiles.isHostOnly(path) && !notTheSites(path)).map(path -> read(site, path))
                    .sorted(Comparator.comparing(SiteFile::path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean notTheSites(String path) {
        return !PublicPaths.isPublic(path);
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
