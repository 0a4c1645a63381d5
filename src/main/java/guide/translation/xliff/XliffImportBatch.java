package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./guide translations import}: every file is read and checked first; only when all of them
 * pass is anything written, each translation file in one atomic rename. A refused import leaves
 * content/ exactly as it was.
 */
public final class XliffImportBatch {
    private final XliffImporter importer;

    public XliffImportBatch(SiteContent content) {
        this.importer = new XliffImporter(content);
    }

    /** The writes to make, or the problems that stop the whole import. */
    public record Plan(List<PlannedWrite> writes, List<Problem> problems) {
    }

    public Plan plan(List<Path> files, boolean force) {
        List<ImportResult> results = files.parallelStream().map(file -> check(file, force)).toList();
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

    private ImportResult check(Path file, boolean force) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ImportResult.refused(List.of(new Problem(file, 0, "cannot read: " + e.getMessage())));
        }
        try {
            return importer.check(Xliff12Reader.read(file, bytes), force);
        } catch (Xliff12Reader.XliffException e) {
            return ImportResult.refused(List.of(e.problem()));
        }
    }

    /** Writes the planned files. */
    public static void write(List<PlannedWrite> writes) throws IOException {
        for (PlannedWrite write : writes) {
            if (!write.unchanged()) {
                AtomicFile.write(write.target(), write.text());
            }
        }
    }
}
