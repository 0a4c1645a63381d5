package guide.build;

import guide.publish.RedirectsFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The host files ({@code _headers}, {@code _redirects}, the forwarding pages of renamed pages) a build writes
 * differently from those of the earlier build in its output folder. They are configuration, not counted among the
 * files rendered, so a build that changed only them (an {@code aliases=} line added) would otherwise say it found the
 * site "already up to date" although it changed what the host does.
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

    /**
     * The forwarding pages a site's {@code _redirects} names: each renamed page's old address has a rule of its own for
     * its {@code index.html} ({@code /en/about/index.html  /en/about-us/  301}), which is where its forwarding page is.
     */
    private static Set<String> forwardingPages(Path site) throws IOException {
        Set<String> pages = new LinkedHashSet<>();
        Path rules = site.resolve(RedirectsFile.NAME);
        if (!Files.isRegularFile(rules)) {
            return pages;
        }
        for (String line : Files.readAllLines(rules, StandardCharsets.UTF_8)) {
            String from = line.strip().split("\\s+")[0];
            if (from.startsWith("/") && from.endsWith("/index.html")) {
                pages.add(from.substring(1));
            }
        }
        return pages;
    }
}
