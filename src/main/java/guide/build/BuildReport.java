package guide.build;

import guide.site.Counted;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a successful build made: pages per language, warnings, time taken.
 *
 * @param pagesByLanguage HTML pages written, per language code ("" for the root page)
 * @param rendered        files rendered by this build
 * @param reused          files unchanged since the previous build, taken from its output
 * @param sourcesUnchanged true when the build stopped early because no source, template, setting
 *                        or builder file changed since the last build into this output
 * @param hostChanged     the host files ({@code _redirects}, a renamed page's forwarding page) this build wrote differently
 *                        from the earlier build in the output folder ({@link HostFileChanges})
 */
public record BuildReport(Path output, Map<String, Integer> pagesByLanguage, int rendered, int reused, List<String> warnings, long millis,
                          boolean sourcesUnchanged, List<String> hostChanged) {

    public BuildReport {
        hostChanged = List.copyOf(hostChanged);
    }

    /** A report that names no changed host file. */
    public BuildReport(Path output, Map<String, Integer> pagesByLanguage, int rendered, int reused, List<String> warnings, long millis,
                       boolean sourcesUnchanged) {
        this(output, pagesByLanguage, rendered, reused, warnings, millis, sourcesUnchanged, List.of());
    }

    /** This report of a build that found nothing changed, as taken {@code millis} after it started. */
    public BuildReport after(long millis) {
        return new BuildReport(output, pagesByLanguage, 0, reused, warnings, millis, true);
    }

    private static String files(int count) {
        return Counted.of(count, "file", "files");
    }

    /**
     * The one-screen summary printed after a build, with the output folder named relative to {@code typedIn}, the folder
     * the build was typed in, when it is inside it (the build daemon's own working folder is another one); in full, with
     * a word on how to see it, when the build was typed in the output folder itself, which the new site replaced.
     */
    public String summary(Path typedIn) {
        StringBuilder s = new StringBuilder();
        int total = pagesByLanguage.values().stream().mapToInt(Integer::intValue).sum();
        // Typed in the output folder (or in one of its folders): that folder was just replaced by the staged new site.
        boolean replacedHere = typedIn.toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize());
        Path shown = replacedHere ? output : shownFrom(typedIn, output);
        String work = sourcesUnchanged ? "nothing has changed since the last build"
                : rendered == 0 && !hostChanged.isEmpty() ? "all " + files(reused) + " as the last build left them; host files changed: "
                        + String.join(", ", hostChanged)
                : rendered == 0 ? "already up to date: all " + files(reused) + " as the last build left them"
                : reused == 0 ? files(rendered) + " rendered" : files(rendered) + " rendered, " + reused + " unchanged";
        s.append(String.format("Built %s into %s in %.1f s (%s)%n", Counted.of(total, "page", "pages"), shown, millis / 1000.0, work));
        if (replacedHere) {
            s.append("  The folder you are in was replaced by the new site: cd \"$PWD\" to see it\n");
        }
        pagesByLanguage.forEach((lang, count) -> s.append(String.format("  %-6s %3d %s%n", lang.isEmpty() ? "root" : lang, count,
                count == 1 ? "page" : "pages")));
        s.append("  ").append(Counted.of(warnings.size(), "warning", "warnings")).append('\n');
        warnings.forEach(w -> s.append("    ").append(w).append('\n'));
        return s.toString();
    }

    /**
     * {@code path} relative to the folder {@code typedIn} when it is inside it ({@code .} when it is that folder), else as
     * it is: how a command names the folders it wrote.
     */
    public static Path shownFrom(Path typedIn, Path path) {
        Path from = typedIn.toAbsolutePath().normalize();
        if (!path.startsWith(from)) {
            return path;
        }
        Path inside = from.relativize(path);
        return inside.toString().isEmpty() ? Path.of(".") : inside;
    }
}
