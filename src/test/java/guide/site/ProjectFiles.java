package guide.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Editing a test's copy of the project the way an editor would, and finding lines in it. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /**
     * Rewrites a file as most editors save one: the new text written to a hidden file beside it, then renamed over it, so a
     * folder watcher sees the file change once, whole. The change must actually change the file, or the test would prove
     * nothing. Tests edit project files through it, not with {@code Files.writeString}, which truncates the file and writes it
     * 8 KB at a time, and on a busy machine the writing thread can pause between the pieces; a preview watching the project
     * then builds the save twice (once as it found the file, once for the rest), a build a test waiting for "the next build"
     * takes for the one after its save.
     */
    public static void save(Path project, String file, UnaryOperator<String> change) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertNotEquals(text, changed, "the test's edit must change " + file);
        writeWhole(path, changed);
    }

    /**
     * Writes {@code text} to {@code file} as {@link #save(Path, String, UnaryOperator)} does, whole: to a hidden file beside it,
     * then renamed over it (or into place, for a new file). For a test that saves a page, a setting or a template while a preview
     * watches the project, and for putting a file back as it was after such a test.
     */
    public static void writeWhole(Path file, String text) throws IOException {
        Path hidden = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(hidden, text, StandardCharsets.UTF_8);
        Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Adds {@code content/en/unfinished.md}, an English draft: the build leaves it out and warns about it. */
    public static void addEnglishDraft(Path project) throws IOException {
        Files.writeString(project.resolve("content/en/unfinished.md"), """
                title=Unfinished
                date=2026-11-25
                type=post
                status=draft
                translationKey=unfinished
                author=redakcja
                summary=Not ready.
                ~~~~~~

                Work in progress.
                """, StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first occurrence of {@code needle}, read from the file itself. */
    public static int lineOf(Path project, String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(project.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
