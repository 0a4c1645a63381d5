package guide.serve;

import guide.content.SiteContent;
import guide.dashboard.DashboardPage;
import guide.dashboard.ImportOutcome;
import guide.site.BuildFailure;
import guide.site.GuideCommand;
import guide.site.MergeConflicts;
import guide.site.Problem;
import guide.translation.xliff.ImportHeadline;
import guide.translation.xliff.ImportWords;
import guide.translation.xliff.NewPageName;
import guide.translation.xliff.PlannedWrite;
import guide.translation.xliff.StaleExport;
import guide.translation.xliff.XliffImportBatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An import through the dashboard: the uploaded files are saved in a temporary folder (under safe
 * names) and handed to {@code ./guide translations import}'s own {@link XliffImportBatch}, which
 * checks them all and writes the translations only if every one passes, each atomically. Messages
 * name the files as uploaded. A page with no translation yet is created under the file name given in
 * the form, as {@code --name} does. The preview's watcher sees the written files and rebuilds. One
 * import at a time.
 */
final class DashboardImport {
    private final Path projectDir;

    DashboardImport(Path projectDir) {
        this.projectDir = projectDir;
    }

    /**
     * How the form's messages name its actions and the report: no --force there but a checkbox, a download rather than an
     * export, and the translation's state on the dashboard itself, which shows the import's result.
     */
    private static ImportWords formWords() {
        String command = GuideCommand.name() + " translations import FILE";
        return new ImportWords("download it again",
                "import anyway with \"" + DashboardPage.FORCE_LABEL + "\" ticked", "this page still lists it as outdated",
                "this page lists it as a draft, not published yet, and will list it as outdated once it is published",
                "import it with " + command + " --force --replace-newer (this form does not replace newer work)",
                "import it with " + command + " --replace-newer (this form does not replace newer work)",
                "import it with " + command + " --ignore-damaged-export-id (this form does not import such a file)",
                "this page lists it as current", "this page lists it as a draft until it is published, then as current");
    }

    /** Checks and writes {@code uploads}; {@code newPageName} names the page an import of a page with no translation yet creates. */
    synchronized ImportOutcome run(List<UploadForm.Upload> uploads, boolean force, Optional<String> newPageName) throws IOException {
        if (uploads.isEmpty()) {
            return new ImportOutcome(false, "Nothing imported", List.of("choose one or more .xlf files exported by this project"));
        }
        Path dir = Files.createTempDirectory("guide-import-");
        try {
            Map<Path, String> shown = new HashMap<>();
            List<Path> files = new ArrayList<>();
            for (UploadForm.Upload upload : uploads) {
                Path file = dir.resolve(safeName(upload.name(), files.size()));
                Files.write(file, upload.bytes());
                files.add(file);
                shown.put(file, upload.name());
            }
            SiteContent content;
            try {
                content = SiteContent.load(projectDir);
            } catch (BuildFailure failure) {
                return new ImportOutcome(false, "Nothing imported", failure.problems().stream().map(Problem::toString).toList());
            }
            List<Problem> conflicts = MergeConflicts.among(content.problems());
            if (!conflicts.isEmpty()) { // as the command: a page with a conflict is not read, so its translation would look missing
                return new ImportOutcome(false, "Nothing imported: resolve the merge conflicts first (" + Problem.count(conflicts.size()) + ")",
                        conflicts.stream().map(Problem::toString).toList());
            }
            XliffImportBatch.Plan plan = NewPageName.apply(new XliffImportBatch(content, formWords()).plan(files, force),
                    newPageName, content, NewPageName.Asked.FIELD);
            if (!plan.problems().isEmpty()) {
                List<String> messages = new ArrayList<>();
                for (Problem p : plan.problems()) {
                    String message = p.message();
                    for (Map.Entry<Path, String> e : shown.entrySet()) {
                        message = message.replace(e.getKey().toString(), e.getValue());
                    }
                    message = message.replace(StaleExport.FOLDER_ADVICE, ""); // the form takes the files chosen, no folder
                    messages.add(shown.getOrDefault(p.file(), String.valueOf(p.file())) + (p.line() > 0 ? ":" + p.line() : "") + ": " + message);
                }
                return new ImportOutcome(false, "Nothing imported: " + Problem.count(plan.problems().size()), messages);
            }
            try {
                XliffImportBatch.write(plan.writes());
            } catch (IOException e) {
                return new ImportOutcome(false, "Import failed", List.of(e.getMessage()));
            }
            List<String> messages = new ArrayList<>();
            for (PlannedWrite write : plan.writes()) {
                messages.add(write.done(shown.get(write.xliff()), formWords()));
                messages.addAll(write.notes(shown.get(write.xliff())));
            }
            List<String> written = plan.writes().stream().filter(w -> !w.unchanged()).map(PlannedWrite::shown).toList();
            List<String> unchanged = plan.writes().stream().filter(PlannedWrite::unchanged).map(PlannedWrite::shown).toList();
            return new ImportOutcome(true, ImportHeadline.of(plan.writes()), messages, written, unchanged);
        } finally {
            TempFolders.delete(dir);
        }
    }

    /** The upload's own name if it is plain (letters, digits, dots, hyphens), else a made-up one; never a path. */
    private static String safeName(String name, int index) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}") ? index + "-" + base : index + "-upload.xlf";
    }
}
