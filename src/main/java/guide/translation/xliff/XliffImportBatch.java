package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.IoReason;
import guide.site.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./guide translations import}: every file is read and checked first; only when all of them
 * pass is anything written: every translation file into a temporary file beside it, then each in one
 * atomic rename, all or nothing ({@link #write}). A refused or failed import leaves content/ exactly as it was.
 */
public final class XliffImportBatch {
    private static final String NOTHING = "nothing was imported, content/ was left as it was";

    private final XliffImporter importer;
    private final ImportWords words;

    public XliffImportBatch(SiteContent content) {
        this(content, ImportWords.command());
    }

    /** @param words how a refusal names exporting again and forcing the import: the command's, or the dashboard form's */
    public XliffImportBatch(SiteContent content, ImportWords words) {
        this.importer = new XliffImporter(content, words);
        this.words = words;
    }

    /** The writes to make, or the problems that stop the whole import. */
    public record Plan(List<PlannedWrite> writes, List<Problem> problems) {
    }

    public Plan plan(List<Path> files, boolean force) {
        return plan(files, force, false);
    }

    /** @param replaceNewer replace translations stamped after their file's export, keeping their text ({@link NewerStamp}) */
    public Plan plan(List<Path> files, boolean force, boolean replaceNewer) {
        return plan(files, force, replaceNewer, false);
    }

    /** @param ignoreDamagedId import a file whose export id was damaged as a file without one ({@link DamagedExportId}) */
    public Plan plan(List<Path> files, boolean force, boolean replaceNewer, boolean ignoreDamagedId) {
        List<ImportResult> results = files.parallelStream().map(file -> check(file, force, replaceNewer, ignoreDamagedId)).toList();
        List<PlannedWrite> writes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Path, Path> claimed = new HashMap<>();
        for (ImportResult result : results) {
            problems.addAll(result.problems());
            result.write().ifPresent(write -> {
                Path other = claimed.putIfAbsent(write.target(), write.xliff());
                if (other != null) {
                    problems.add(new Problem(write.xliff(), 0, "is for " + write.shown() + ", as " + other + " is: import one of them"));
                } else {
                    writes.add(write);
                }
            });
        }
        return new Plan(problems.isEmpty() ? writes : List.of(), problems);
    }

    private ImportResult check(Path file, boolean force, boolean replaceNewer, boolean ignoreDamagedId) {
        if (Files.isDirectory(file)) {
            return ImportResult.refused(List.of(new Problem(file, 0, "a folder with no .xlf file in it: name the folder the export wrote"
                    + " into (target/xliff unless --output said otherwise), or its files")));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ImportResult.refused(List.of(new Problem(file, 0, "cannot read: " + IoReason.of(e))));
        }
        try {
            XliffFile read = Xliff12Reader.read(file, bytes);
            if (read.damagedExportId().isPresent() && !ignoreDamagedId) {
                return ImportResult.refused(List.of(read.damagedExportId().get().refusal(file, words)));
            }
            return importer.check(read, force, replaceNewer);
        } catch (Xliff12Reader.XliffException e) {
            return ImportResult.refused(List.of(e.problem()));
        }
    }

    /**
     * Writes the planned files all or nothing, with {@link StagedFiles}: each into a temporary file beside
     * it first, and only when all of them are written, renames them into place, atomically where the
     * file system can. A temporary file that cannot be written, or a rename that fails (which takes the
     * folder changing under the import), leaves content/ as it was: the files renamed before it are put
     * back.
     *
     * @throws IOException with a message for the editor: the file, why, and that nothing was imported
     */
    public static void write(List<PlannedWrite> writes) throws IOException {
        List<PlannedWrite> changed = writes.stream().filter(w -> !w.unchanged()).toList();
        for (PlannedWrite write : changed) {
            try {
                keep(write);
            } catch (IOException e) {
                throw failed(write, e, NOTHING);
            }
        }
        try (StagedFiles staged = new StagedFiles()) {
            for (PlannedWrite write : changed) {
                try {
                    staged.add(write.target(), write.text().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw failed(write, e, NOTHING);
                }
            }
            try {
                staged.commit();
            } catch (StagedFiles.RenameFailed e) {
                PlannedWrite write = changed.get(e.index);
                throw failed(write, (IOException) e.getCause(), e.notPutBack.isEmpty() ? NOTHING : "the files before it were put back except "
                        + String.join(", ", e.notPutBack.stream().map(s -> notPutBack(write, s)).toList()));
            }
        }
    }

    /** A copy of the text the write replaces, where it replaces work stamped after its file's export ({@link NewerStamp}). */
    private static void keep(PlannedWrite write) throws IOException {
        if (write.replaced().isPresent()) {
            Path copy = write.replaced().get().file();
            Files.createDirectories(copy.getParent());
            Files.copy(write.target(), copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String notPutBack(PlannedWrite write, StagedFiles.Staged s) {
        return inProject(write, s.target()) + (s.backup() == null ? ", which is new: delete it"
                : ", whose text from before the import is in " + inProject(write, s.backup()));
    }

    private static IOException failed(PlannedWrite write, IOException e, String state) {
        if (Files.isDirectory(write.target())) {
            return new IOException(write.shown() + ": cannot write it (a folder is in its place); " + state + ": move that folder away, then import again", e);
        }
        String why = e instanceof FileAlreadyExistsException f ? inProject(write, Path.of(f.getFile())) + " is a file where a folder should be"
                : IoReason.of(e);
        return new IOException(write.shown() + ": cannot write it (" + why + "); " + state + ": make sure its folder can be written to, then import again", e);
    }

    /** {@code path} as the messages show the write's own file: relative to the project. */
    private static String inProject(PlannedWrite write, Path path) {
        Path project = write.target();
        for (int n = Path.of(write.shown()).getNameCount(); n > 0 && project != null; n--) {
            project = project.getParent();
        }
        return project != null && path.startsWith(project) ? project.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
