package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.GuideCommand;
import guide.site.Problem;
import guide.translation.NewPageFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file name of a page an import creates. An XLIFF file of a page with no translation yet names
 * the source's file (a Polish address); as with {@code ./guide translate}, the file name is the
 * page's address, so the editor gives it in the target language ({@code --name}), one new page per
 * import. Without a name, an import that would create a page is refused with the command to run; but
 * a home or not-found page, whose address its type gives, keeps the source's file name unless it is the
 * only new page and a name is given.
 */
public final class NewPageName {
    /** Where the name is asked for, as messages name it: the command's option or the dashboard's field. */
    public enum Asked {
        OPTION("--name", "import this file with --name NAME"),
        FIELD("the new page's file name", "give its file name in \"New page's file name\" and import it again");

        private final String label;
        private final String howToGive;

        Asked(String label, String howToGive) {
            this.label = label;
            this.howToGive = howToGive;
        }
    }

    private NewPageName() {
    }

    /** {@code plan} with the new page renamed to {@code name}, or refused when a name is missing or does not fit. */
    public static XliffImportBatch.Plan apply(XliffImportBatch.Plan plan, Optional<String> name, SiteContent content, Asked asked) {
        if (!plan.problems().isEmpty()) {
            return plan;
        }
        List<PlannedWrite> created = plan.writes().stream().filter(PlannedWrite::created).toList();
        List<PlannedWrite> unnamed = created.stream().filter(w -> !w.addressFromType()).toList();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            unnamed.forEach(w -> {
                String lang = w.target().getParent().getFileName().toString();
                String language = content.config().language(lang).englishName();
                problems.add(new Problem(w.xliff(), 0, "makes a new page, " + w.shown()
                        + ", at the source's address: a file name is the page's address, so name it in " + language
                        + ", as " + GuideCommand.name() + " translate does: " + asked.howToGive + " (one new page per import)"
                        + TitleName.suggestion(w, lang, language, content)));
            });
            return problems.isEmpty() ? plan : new XliffImportBatch.Plan(List.of(), problems);
        }
        List<PlannedWrite> named = unnamed.isEmpty() ? created : unnamed; // a home or not-found page takes a name only when it is the one new page
        if (named.size() != 1) {
            Path first = plan.writes().isEmpty() ? Path.of(asked.label) : plan.writes().get(0).xliff();
            problems.add(new Problem(first, 0, named.isEmpty()
                    ? asked.label + " names a new page, but every file given updates an existing translation: import without it"
                    : asked.label + " names one new page, but " + named.size() + " files make new pages: import them one at a time"));
            return new XliffImportBatch.Plan(List.of(), problems);
        }
        PlannedWrite write = named.get(0);
        String lang = write.target().getParent().getFileName().toString();
        NewPageFile.Result file = NewPageFile.of(name.get(), lang, content.config(), content.documents());
        if (file.problem() != null || Files.exists(file.file())) {
            String why = file.problem() != null ? file.problem() : "already exists; not overwritten";
            return new XliffImportBatch.Plan(List.of(), List.of(new Problem(write.xliff(), 0, asked.label + " " + name.get() + ": " + why)));
        }
        Path target = file.file();
        String shown = content.config().projectDir().relativize(target).toString().replace('\\', '/');
        // As ./guide translate says it: a name that is not an address as typed ("Advance or deposit") is made one. Not for a home
        // or not-found page, whose address its type gives, not the name.
        Optional<String> note = Optional.ofNullable(file.note()).filter(n -> !write.addressFromType()).map(n -> asked.label + " " + name.get() + ": " + n);
        PlannedWrite renamed = write.to(target, shown, note);
        return new XliffImportBatch.Plan(plan.writes().stream().map(w -> w == write ? renamed : w).toList(), List.of());
    }
}
