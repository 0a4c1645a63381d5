package guide.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the host configuration the build makes for hosts without object storage:
 * <ul>
 * <li>into the site: {@code _headers} and {@code _redirects} (Netlify, Cloudflare Pages, which
 *     read them and do not serve them); the site also has, as a page of its own, {@code 404.html},
 *     the not-found page at the root in every language (GitHub Pages serves only that one;
 *     Netlify and Cloudflare Pages serve it for addresses outside the languages' folders, nginx by
 *     this configuration; Cloudflare Pages also needs one at the root, or it treats the site as a
 *     single-page application);</li>
 * <li>next to the site, never inside it: the nginx snippet ({@code <site>-nginx.conf}).</li>
 * </ul>
 */
public final class HostFiles {
    /** The not-found page at the root of the site. */
    public static final String ROOT_NOT_FOUND = "404.html";
    private static final Set<String> HOST_ONLY = Set.of(HeadersFile.NAME, RedirectsFile.NAME);

    private HostFiles() {
    }

    /** True for files that only configure a host and are not served: not uploaded to object storage. */
    public static boolean isHostOnly(String path) {
        return HOST_ONLY.contains(path);
    }

    /**
     * The texts of the host files for one site, each made once: a site of thousands of files takes
     * a while to sort into rules, and the preview writes the same texts after most edits.
     */
    public record Texts(String headers, String redirects, String nginx, List<MovedPage> moved) {
        public static Texts of(HostSite site) {
            return new Texts(HeadersFile.text(site), RedirectsFile.text(site), NginxConfig.text(site), site.moved());
        }
    }

    /**
     * Writes the rules files into {@code siteDir}, and a forwarding page at each renamed page's earlier address.
     *
     * @param texts the texts of the site as it will be published
     * @return the files written, relative to {@code siteDir}
     */
    public static List<String> writeInto(Path siteDir, Texts texts) throws IOException {
        Files.writeString(siteDir.resolve(HeadersFile.NAME), texts.headers(), StandardCharsets.UTF_8);
        Files.writeString(siteDir.resolve(RedirectsFile.NAME), texts.redirects(), StandardCharsets.UTF_8);
        List<String> written = new ArrayList<>(List.of(HeadersFile.NAME, RedirectsFile.NAME));
        for (MovedPage page : texts.moved()) {
            Path file = siteDir.resolve(page.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
            written.add(page.file());
        }
        return written;
    }

    /** Where the nginx snippet of a site folder goes: beside it ({@code target/site-nginx.conf}). */
    public static Path nginxFile(Path output) {
        return output.resolveSibling(output.getFileName() + "-nginx.conf");
    }

    /** Writes the nginx snippet beside the site folder (whole or not at all). */
    public static void writeNginx(Path output, Texts texts) throws IOException {
        Path file = nginxFile(output);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, texts.nginx(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
