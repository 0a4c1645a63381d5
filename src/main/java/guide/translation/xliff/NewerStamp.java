package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.site.Problem;
import guide.translation.SourceRevision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A translation stamped after an XLIFF file was exported from an older version of its source: someone translated (some of) the
 * source's newer text since, by another import or by hand and {@code ./guide translations stamp}. A forced import of the old file
 * would replace that work with the file's targets and move the stamp back, and nothing would say so. A stamp is newer than the
 * export when it covers source text the export did not have: it is the source's revision now, or it has a block (or the summary)
 * that the source has now and the export had not. A stamp from before the export has no such block, unless the text was taken out
 * and put back since; a stamp the same file's earlier import left, moved on only for the units then done, has none either.
 * The import then refuses the file unless the editor confirms with {@code --replace-newer}, and keeps the text it replaces in
 * {@code target/replaced/} ({@link #backup}): the work done since may not be committed, so git alone could not give it back.
 *
 * @param stamp    the translation's stamp, as its header has it
 * @param exported the source revision the file was exported from
 */
record NewerStamp(SourceRevision stamp, SourceRevision exported) {
    /** Where a replaced translation is kept, in the project. */
    static final String FOLDER = "target/replaced";

    static Optional<NewerStamp> of(XliffFile file, ContentDocument source, Optional<ContentDocument> existing) {
        SourceRevision now = SourceRevision.of(source);
        SourceRevision exported = file.revision();
        return existing.flatMap(SourceRevision::stampOf).filter(stamp -> newer(stamp, exported, now)).map(stamp -> new NewerStamp(stamp, exported));
    }

    private static boolean newer(SourceRevision stamp, SourceRevision exported, SourceRevision now) {
        if (!exported.behind(now) || stamp.hash().equals(exported.hash()) && !exported.summaryChanged(stamp)) {
            return false;
        }
        if (stamp.hash().equals(now.hash())) {
            return true;
        }
        boolean block = stamp.blocks().stream().anyMatch(b -> now.blocks().contains(b) && !exported.blocks().contains(b));
        boolean summary = stamp.summary() != null && now.summary() != null && exported.summary() != null
                && stamp.summary().equals(now.summary()) && !stamp.summary().equals(exported.summary());
        return block || summary;
    }

    /** The refusal, at the file's first line. */
    Problem refusal(XliffFile file, String translation, String backup, ImportWords words) {
        return new Problem(file.file(), 1, translation + " was stamped after this file was exported: its stamp is " + shown(stamp)
                + ", this file is from " + shown(exported) + ", so the translation holds work done since on the source's newer text, which"
                + " importing this file would replace with the file's older text (and the stamp would go back to " + shown(exported) + ")."
                + " Keep both: " + words.exportAgain() + " (the new file holds the translation as it is now) and copy into it what this file"
                + " has that it lacks. To replace the translation with this file all the same, " + words.replaceNewer()
                + "; the text it replaces is kept in " + backup + ".");
    }

    /** The note after an import that replaced newer work: where its text is. */
    String note(String translation, String backup) {
        return translation + ": the text this import replaced (stamped " + shown(stamp) + ", after the file's export from " + shown(exported)
                + ") is kept in " + backup + ": compare it with the new text and copy back what is still right";
    }

    /**
     * Where the translation's text is kept when it is replaced, in the project: its path under {@link #FOLDER}, named with its
     * stamp's hash ({@code target/replaced/content/en/about.44d700f2870c.md}); a number added when a file of that name holds
     * another text, so no earlier copy is written over.
     */
    Path backup(Path projectDir, String translation, String text) {
        Path shown = Path.of(translation);
        String name = shown.getFileName().toString().replaceFirst("\\.md$", "") + "." + stamp.hash();
        Path folder = shown.getParent() == null ? Path.of(FOLDER) : Path.of(FOLDER).resolve(shown.getParent());
        for (int n = 1; ; n++) {
            Path kept = folder.resolve(name + (n == 1 ? "" : "." + n) + ".md");
            Path file = projectDir.resolve(kept);
            try {
                if (!Files.exists(file) || Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    return kept;
                }
            } catch (IOException e) {
                // unreadable: not this one
            }
        }
    }

    private static String shown(SourceRevision revision) {
        return revision.lang() + " " + revision.hash();
    }
}
