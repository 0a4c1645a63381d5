package guide.serve;

import guide.build.DraftPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drafts the preview shows at their own addresses, as {@code hugo server -D} does, from memory: the last good build's
 * ({@link guide.build.SiteBuilder#draftPages()}), each with its bar that says it is a draft and {@code noindex}. They are
 * never written to the output folder, which {@code ./guide build} and {@code ./guide publish} read, and no list, feed,
 * sitemap, search index or other page of the site names them. The build's warning that names a draft gets its address
 * ({@link #withAddresses}), so the console and the browser's panel say where to see it.
 */
final class DraftPages {
    private final String base;
    /** The drafts by output path ({@code en/late-fees/index.html}); replaced whole by each good build. */
    private volatile Map<String, DraftPage> byPath = Map.of();
    /** The address of each draft by its warning ("content/en/late-fees.md: draft, not published"). */
    private volatile Map<String, String> byNotice = Map.of();

    /** @param base the preview's address without a final slash, e.g. {@code http://localhost:8820} */
    DraftPages(String base) {
        this.base = base;
    }

    /** Shows {@code pages} from now on, in place of the drafts of an earlier build. */
    void show(List<DraftPage> pages) {
        Map<String, DraftPage> paths = new HashMap<>();
        Map<String, String> notices = new HashMap<>();
        for (DraftPage page : pages) {
            paths.put(page.outputPath(), page);
            notices.put(page.notice(), base + page.url());
        }
        byPath = Map.copyOf(paths);
        byNotice = Map.copyOf(notices);
    }

    /** The draft at the address {@code path} ({@code /en/late-fees/}, or a file's {@code /en/404.html}), if one is shown there. */
    Optional<DraftPage> at(String path) {
        String file = path.substring(1);
        return Optional.ofNullable(byPath.get(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file));
    }

    /** Whether {@code path} is a draft's address without its final slash ({@code /en/late-fees}). */
    boolean isFolder(String path) {
        return !path.endsWith("/") && byPath.containsKey(path.substring(1) + "/index.html");
    }

    /**
     * The build's {@code warnings}, each shown draft's "draft, not published" followed by where to see it:
     * {@code content/en/late-fees.md: draft, not published; preview it at http://localhost:8820/en/late-fees/}.
     */
    List<String> withAddresses(List<String> warnings) {
        Map<String, String> addresses = byNotice;
        return warnings.stream().map(w -> addresses.containsKey(w) ? w + "; preview it at " + addresses.get(w) : w).toList();
    }
}
