package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.site.Problem;
import guide.translation.GitHistory;
import guide.translation.ReportPrinter;
import guide.translation.SourceChange;
import guide.translation.SourceDiff;
import guide.translation.StampedSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The refusal of an XLIFF file made from an older version of its source ({@link XliffImporter} without --force): what changed
 * since the export, as the report lists what changed since a stamp (an edited block by what changed in it, its old text from
 * git where git has it), and what to do with this file ({@link ForceAdvice}); for a draft translation, or one the import would create (as a draft), what a forced
 * import leaves it as: {@code ./guide translations} lists a draft as "draft, not published yet", not outdated, until it is published,
 * and so does the dashboard, whose refusal says so in its own words ({@link ImportWords#draftListed}).
 */
final class SourceChangedRefusal {
    private SourceChangedRefusal() {
    }

    /**
     * @param history  where the source's text as exported is found, to show what changed inside an edited block
     * @param existing the translation as it is, if there is one
     * @param words    how the advice names exporting again, forcing the import and where a draft is listed (the command's, the
     *                 dashboard's form's)
     */
    static Problem of(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, StampedSource.Lookup history, Path projectDir,
                      ImportWords words) {
        List<SourceChange> changes = SourceDiff.between(file.revision(), source);
        if (changes.stream().anyMatch(c -> c.kind() == SourceChange.Kind.EDITED)) { // only then is the old text worth looking for
            changes = SourceDiff.between(file.revision(), source, history.find(source, file.revision()));
        }
        StringBuilder message = new StringBuilder(source.source().toString().replace('\\', '/') + " has changed since this file was exported ("
                + file.revision().lang() + " " + file.revision().hash() + "):");
        ReportPrinter.changeLines(changes, GitHistory.of(projectDir)).forEach(line -> message.append("\n    ").append(line));
        String translation = existing.map(d -> d.source().toString().replace('\\', '/')).orElse(file.targetPath());
        ForceAdvice.lines(ChangedSections.of(file, source), translation, words).forEach(line -> message.append("\n    ").append(line));
        if (existing.map(ContentDocument::draft).orElse(true)) {
            message.append("\n    ").append(existing.map(d -> d.source().toString().replace('\\', '/') + " is a draft")
                    .orElse("the new translation would be a draft (status=draft)")).append(": ").append(words.draftListed());
        }
        return new Problem(file.file(), 1, message.toString());
    }
}
