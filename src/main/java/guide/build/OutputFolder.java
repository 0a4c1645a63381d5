package guide.build;

import guide.site.BuildFailure;
import guide.site.FolderWalk;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses an output folder whose replacement would lose files: a build replaces its output folder
 * whole, so {@code --output .} would replace the project and {@code --output ~} a home folder.
 * Allowed are a new or empty folder, and one an earlier build wrote; never the file system's root,
 * the project or a folder holding it, a folder inside the sources the build reads, or a file (or a
 * folder that would have to be made inside one).
 */
public final class OutputFolder {
    private static final String CHOOSE = "give --output a new or empty folder of its own, e.g. target/site";

    private OutputFolder() {
    }

    static void check(Path projectDir, Path output) throws BuildFailure, IOException {
        Path out = output.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        SiteConfig.checkProject(project); // a mistyped --project is named as such, not by the output folder it leads to
        if (out.getParent() == null) {
            fail(out, "the site cannot be built into the file system's root: " + CHOOSE);
        }
        if (project.startsWith(out)) {
            fail(out, "this folder holds the project, and a build replaces its output folder whole: " + CHOOSE);
        }
        // Only the folder settings: the build validates the rest (an unreadable file fails it before it writes anything).
        SiteConfig.Folders folders = SiteConfig.Folders.read(project);
        for (Path sources : List.of(folders.content(), folders.templates(), folders.assets(), project.resolve("src"), project.resolve(".git"))) {
            if (out.startsWith(sources.toAbsolutePath().normalize())) {
                fail(out, "this folder is inside " + project.relativize(sources) + "/, which the build reads: " + CHOOSE);
            }
        }
        Path existing = out;
        while (!Files.exists(existing)) {
            existing = existing.getParent(); // the root exists
        }
        if (!Files.isDirectory(existing)) {
            fail(existing, (existing.equals(out) ? "this is a file, not a folder, and a build writes the site into a folder: "
                    : "this is a file, so the folder " + out + " cannot be made in it: ") + CHOOSE);
        }
        if (Files.exists(out) && !writtenByABuild(out) && !isEmptyFolder(out)) {
            fail(out, "this folder already holds files no build of the guide wrote, and a build replaces its output folder whole: "
                    + CHOOSE + ", or delete this one first");
        }
    }

    /** A folder an earlier build wrote: its page cache lies beside it, or it has the site's home and sitemap. */
    public static boolean writtenByABuild(Path out) {
        return Files.isDirectory(out) && (Files.isRegularFile(PageCache.cacheFile(out))
                || Files.isRegularFile(out.resolve("index.html")) && Files.isRegularFile(out.resolve("sitemap.xml")));
    }

    private static boolean isEmptyFolder(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        return FolderWalk.entries(out, entry -> true).isEmpty();
    }

    private static void fail(Path out, String message) throws BuildFailure {
        throw new BuildFailure(List.of(new Problem(out, 0, message)));
    }
}
