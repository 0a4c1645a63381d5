package guide.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The site's files once its checks passed ({@link CheckStep}), for the drafts' checks and publishing: its pages (with the
 * search index), those plus the host files, those a link may lead to, whether these are the last output's, the host's
 * rules, and which host files changed.
 */
record SiteFiles(Set<String> pages, Set<String> files, Set<String> linkable, boolean sameFiles, HostConfiguration host,
                 List<String> hostChanged) {

    /** The warnings, and those of the host files that pass Cloudflare's limits, at the output as the project names it. */
    List<String> withHostLimits(List<String> warnings, Path projectDir, Path output) {
        Path shown = output.startsWith(projectDir) ? projectDir.relativize(output) : output;
        List<String> over = host.warnings(shown);
        return over.isEmpty() ? warnings : Stream.concat(warnings.stream(), over.stream()).toList();
    }
}
