package guide.build;

import guide.site.BuildFailure;
import guide.site.EditorLeftovers;
import guide.site.FolderWalk;
import guide.site.MergeConflicts;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a build at a merge conflict git left in any file it reads ({@code authors.yaml}, the interface words, templates,
 * style sheets and scripts; pages are looked at by the content scanner as it reads them), before anything else reads them: each conflict is named
 * at its {@code <<<<<<<} line ({@link MergeConflicts}), and only they are reported, not the errors the markers would cause
 * further on (a YAML error, a header line that is not {@code key=value}), nor, where they would cause none (a template, a
 * style sheet, a page's text), a site that shows them to readers. Files git itself takes for binary (a zero byte among
 * their first 8000), hidden files and the copies editors' programs leave (the {@code .orig} git's merge tool keeps) are
 * not read, as the build does not publish them. A subfolder the walk cannot open (no permission to read it) is a problem
 * at that subfolder, not an unexpected error that asks the editor to report it. The preview and the daemon keep one for their builds: a file found
 * clean is read again only once its size or time of change differs, so a save costs a look at each file's attributes.
 */
final class ConflictedFiles {
    private static final int BINARY_PROBE = 8000;

    /** The files found without a conflict (or binary), with their size and time of change then. */
    private final Map<Path, String> clean = new ConcurrentHashMap<>();

    /** @throws BuildFailure naming every conflict in the folders of {@code config} ({@code jbake.properties}: {@link SiteConfig#load}) */
    void stopAtFolders(Path projectDir, SiteConfig config) throws BuildFailure, IOException {
        List<Problem> problems = new ArrayList<>();
        for (Path folder : List.of(config.contentDir(), config.templateDir(), config.assetDir())) {
            for (Path file : walk(projectDir, folder, config.contentDir(), problems)) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    String seen = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
                    if (attributes.isRegularFile() && !seen.equals(clean.get(file)) && check(projectDir, file, problems)) {
                        clean.put(file, seen);
                    }
                } catch (NoSuchFileException e) {
                    clean.remove(file); // deleted since the folder was listed (an editor's temporary file): nothing to read
                }
            }
        }
        BuildFailure.throwIfAny(problems, List.of());
    }

    /** The files of {@code folder} to read; none, and a problem at the subfolder the walk cannot open (unreadable, say). */
    private static List<Path> walk(Path projectDir, Path folder, Path contentDir, List<Problem> problems) {
        try {
            return FolderWalk.sorted(folder, f -> readable(folder, f, contentDir));
        } catch (IOException e) {
            problems.add(FolderWalk.problem(projectDir, folder, e));
            return List.of();
        }
    }

    private static boolean readable(Path folder, Path file, Path contentDir) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        // The pages the content scanner reads anyway, which names their conflicts itself (ContentScanner): not read twice.
        return !EditorLeftovers.isLeftOut(relative) && !(folder.equals(contentDir) && relative.endsWith(".md"));
    }

    /** Whether {@code file} is clean: binary, or text without a conflict. */
    private static boolean check(Path projectDir, Path file, List<Problem> problems) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(BINARY_PROBE);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            byte[] rest = in.readAllBytes();
            bytes = new byte[head.length + rest.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
        }
        // Markers are ASCII: a file in another encoding is searched right too (and refused for its encoding later).
        return !hasStartMarker(bytes) || !MergeConflicts.found(projectDir.relativize(file), new String(bytes, StandardCharsets.UTF_8), problems);
    }

    /** Whether seven {@code <} follow one another somewhere: a look at the bytes, before any file is decoded. */
    private static boolean hasStartMarker(byte[] bytes) {
        int run = 0;
        for (byte b : bytes) {
            run = b == '<' ? run + 1 : 0;
            if (run == 7) {
                return true;
            }
        }
        return false;
    }
}
