package guide.translation.xliff;

import guide.site.GuideCommand;
import guide.translation.CopiedTags;
import guide.translation.TranslatedLinks;
import guide.translation.TypeAddress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A translation file an import will write, once every file given to it has passed its checks.
 *
 * @param target   absolute path of the file
 * @param shown    the path as messages show it, relative to the project
 * @param created  true for a new translation
 * @param unchanged true when the file already holds exactly this text (nothing to write)
 * @param outdated  true when --force imported a file made from an older revision of the source
 * @param toReview  units whose target the file still marks to review (needs-review-…), when that kept the stamp from advancing for them
 * @param toTranslate units it still marks to translate (needs-translation, new, …), when that kept the stamp from advancing for them
 * @param stampKept true when those units left the translation's stamp line as it was: every unit the file marks done was already
 *                  covered by the old stamp ({@link PartialStamp} moves it for none), though their text may have changed
 * @param tags      for a new page, that its tags are still the source's ({@link CopiedTags})
 * @param links     for a new page, its links that still lead to source-language pages and its pictures switched to the target
 *                  language's versions, as {@code ./guide translate} names them
 * @param addressFromType true for a home or not-found page, whose address its type gives ({@link TypeAddress}): a new one needs no
 *                  name in its language
 * @param draft     true when the translation is a draft ({@code status=draft}), which {@code ./guide translations} lists as
 *                  "draft, not published yet" whatever its stamp says
 * @param replaced  where the translation's text is kept before the write, when it replaces work stamped after the file's export
 *                  ({@link NewerStamp}, confirmed with --replace-newer)
 * @param named     for a new page named by {@code --name} (or the dashboard's field) as no address is written, the address and file
 *                  made of it, as {@code ./guide translate} says them ({@link guide.translation.NewPageFile.Result#note()})
 * @param uncompared the file's units the import could not compare with the translation's text though that changed since the export
 *                  ({@link UnitCounterparts#unmatched}): said at their lines in the XLIFF file
 * @param held      where the units still marked to review or translate are in the XLIFF file ({@link ImportStamp#heldAt}): said at
 *                  their lines, unless the source changed since the export (a new export is the advice then)
 */
public record PlannedWrite(Path xliff, Path target, String shown, String text, boolean created, boolean unchanged, boolean outdated,
                           int toReview, int toTranslate, boolean stampKept, Optional<CopiedTags.Note> tags, List<TranslatedLinks.Note> links,
                           boolean addressFromType, boolean draft, Optional<Replaced> replaced,
                           Optional<String> named, List<FileNote> uncompared, List<FileNote> held) {

    /** What the import says at a line of the XLIFF file. */
    public record FileNote(int line, String message) {
    }

    /**
     * A translation's text kept before an import replaces it.
     *
     * @param file  its copy (absolute)
     * @param shown the copy as messages show it, in the project
     * @param note  what the import says of it
     */
    public record Replaced(Path file, String shown, String note) {
    }

    public PlannedWrite {
        links = List.copyOf(links);
        uncompared = List.copyOf(uncompared);
        held = List.copyOf(held);
        replaced = unchanged ? Optional.empty() : replaced; // a write that leaves the file as it is replaces nothing
    }

    /** The same write, with {@code notes} about units it could not compare ({@link UncomparedUnits}). */
    PlannedWrite uncompared(List<FileNote> notes) {
        return new PlannedWrite(xliff, target, shown, text, created, unchanged, outdated, toReview, toTranslate, stampKept, tags, links, addressFromType,
                draft, replaced, named, notes, held);
    }

    /** The same write into another file (a new page renamed by {@code --name}), with what to say of the name ({@link #named}). */
    PlannedWrite to(Path file, String shownAs, Optional<String> note) {
        return new PlannedWrite(xliff, file, shownAs, text, true, false, outdated, toReview, toTranslate, stampKept, tags, links, addressFromType, true,
                replaced, note, uncompared, held);
    }

    /**
     * What the import did with the file, as {@code ./guide translations import} and the dashboard say it, each in its own words
     * for what to do next and where the state is reported ({@link ImportWords}): "content/en/about.md: updated from about.pl-en.xlf;
     * stamped current with its source, and ./guide translations reports it current".
     *
     * @param from the XLIFF file as the editor named it
     */
    public String done(String from, ImportWords words) {
        String what = created ? "created (status=draft)" : unchanged ? "unchanged" : "updated";
        String forced = "; imported although its source has changed since the export";
        if (outdated && toReview + toTranslate > 0) {
            return shown + ": " + what + " from " + from + forced + ", and " + count() + kept()
                    + (created ? ";" : draft ? "; " + words.draftListed() + ";" : ", and " + words.stillOutdated() + ";")
                    + " " + words.exportAgain() + ": the new file marks to review those units and what changed since the export";
        }
        return shown + ": " + what + " from " + from
                + (outdated ? forced + ", " + (draft ? "so " + words.draftListed() + "," : "so it stays outdated") + " until those changes are translated"
                : toReview + toTranslate > 0 ? "; " + pending(words) : unchanged ? "" : "; " + stampedCurrent(words));
    }

    /**
     * What a complete import did to the stamp: every unit marked done, from the source as it is, so the page is stamped current
     * ({@link ImportStamp}), and where that shows. A file left as it was says nothing: its stamp was not touched.
     */
    private String stampedCurrent(ImportWords words) {
        return "stamped current with its source, and " + (draft ? words.draftCurrent() : words.nowCurrent());
    }

    /**
     * What the editor should still do in the file, each at its line: "content/en/x.md:8: tags=… are still the Polish page's …",
     * "content/en/x.md:11: /pl/strona/ has no English version yet: …"; first, those at a line of the XLIFF file.
     *
     * @param from the XLIFF file as the editor named it
     */
    public List<String> notes(String from) {
        List<String> notes = new ArrayList<>();
        uncompared.forEach(n -> notes.add(from + ":" + n.line() + ": " + n.message()));
        // Not after an import of a file whose source changed since its export: the advice is then a new export, which marks
        // those units again.
        if (!outdated) {
            held.forEach(n -> notes.add(from + ":" + n.line() + ": " + n.message()));
        }
        named.ifPresent(notes::add);
        tags.ifPresent(n -> notes.add(shown + ":" + n.line() + ": " + n.message()));
        links.forEach(n -> notes.add(shown + ":" + n.line() + ": " + n.message()));
        replaced.ifPresent(r -> notes.add(r.note()));
        return notes;
    }

    /** Why the stamp did not advance for every unit: "1 unit still marked for review, so …". */
    private String pending(ImportWords words) {
        if (created) {
            return count() + kept() + ": once the file marks every unit translated, import it again";
        }
        return count() + kept() + (draft ? "; " + words.draftListed() + ";" : ", and " + words.stillOutdated() + ";")
                + " once the file marks every unit translated, import it again (or, after review: " + GuideCommand.name() + " translations stamp " + shown + ")";
    }

    /** "1 unit still marked for review". */
    private String count() {
        int units = toReview + toTranslate;
        return units + (units == 1 ? " unit" : " units") + (toTranslate == 0 ? " still marked for review"
                : toReview == 0 ? " still marked for translation" : " still marked for review or translation (" + toReview + " to review, " + toTranslate + " to translate)");
    }

    /**
     * What those units did to the stamp. Nothing was written when the file already held this text: its stamp was not touched either;
     * nor was it when every unit marked done was already stamped, though the text changed (a target edited but still to review).
     */
    private String kept() {
        return created ? ", so it has no translation stamp yet"
                : unchanged || stampKept ? ", so the stamp stays as it was" : ", so the stamp was updated only for the units marked translated";
    }
}
