package guide.build;

import guide.publish.RedirectsFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The host files ({@code _headers}, {@code _redirects}, the forwarding pages of renamed pages) a build writes
 * differently from those of the earlier build in its output folder. They are configuration, not counted among the
 * files rendered, so a build that changed only them (an {@code aliases=} line added) would otherwise say it found the
 * site "already up to date" although it changed what the host does. The earlier build's renamed pages are read back from
 * its {@code _redirects} ({@link RedirectsFile#forwardingPages}): the typed list it wrote them from
 * ({@link guide.publish.HostSite#moved()}) was the earlier process's and is gone, while this build's own is compared on disk.
 */
final class HostFileChanges {
    private HostFileChanges() {
    }

    /**
     * The names among {@code written} whose text in {@code staging} differs from the file of that name in {@code output}
     * (or that {@code output} lacks), then, marked {@code (removed)}, the forwarding pages of the earlier build that
     * {@code staging} no longer has (an {@code aliases=} address taken out); none when {@code output} holds no site yet,
     * since then everything is new.
     */
    static List<String> of(Path staging, Path output, List<String> written) throws IOException {
        List<String> changed = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return changed;
        }
        for (String name : written) {
            Path before = output.resolve(name);
            if (!Files.isRegularFile(before) || !Arrays.equals(Files.readAllBytes(before), Files.readAllBytes(staging.resolve(name)))) {
                changed.add(name);
            }
        }
        for (String page : forwardingPages(output)) {
            if (Files.isRegularFile(output.resolve(page)) && !Files.exists(staging.resolve(page))) {
                changed.add(page + " (removed)");
            }
        }
        return changed;
    }

    /** The forwarding pages the {@code _redirects} of the site in {@code site} names ({@link RedirectsFile#forwardingPages}). */
    private static Set<String> forwardingPages(Path site) throws IOException {
        Path rules = site.resolve(RedirectsFile.NAME);
        return Files.isRegularFile(rules) ? RedirectsFile.forwardingPages(Files.readString(rules, StandardCharsets.UTF_8)) : Set.of();
    }
}
