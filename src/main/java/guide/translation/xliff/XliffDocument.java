package guide.translation.xliff;

import guide.translation.GitHistory;
import guide.translation.SourceRevision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One document's translation job, the content of one XLIFF file: which source (and which revision
 * of it) it was made from, which file the translation goes to, the body's skeleton and the units.
 *
 * @param sourcePath     the source file relative to the project, with '/', e.g. {@code content/pl/o-przewodniku.md}
 * @param targetPath     the translation's file, existing or to be created, e.g. {@code content/en/about.md}
 * @param revision       the source's revision at export; import stamps the translation with it
 * @param skeleton       the source's body around the body units
 * @param units          title, summary (if any), then the body's units in order
 * @param optional       the whole-section units whose target may come back empty: the translation has
 *                       no such section, and an empty target keeps it that way
 * @param translationStamp the translation's own stamp at export, its {@code sourceRevision=} as written, or {@link #NO_STAMP}
 *                       when it had none (or there was no translation): import refuses the file when the stamp has moved since
 *                       ({@link NewerStamp})
 * @param translationText a hash of the translation's title, summary and body at export ({@link TranslationText}), or
 *                       {@code none} when there was no translation: import refuses the file when the text has changed since
 * @param history        what the project's git history is: a unit's note on what changed gives its reason when the changed text's
 *                       earlier version is not known ({@link GitHistory#UNKNOWN} when the export has no such notes)
 */
public record XliffDocument(String sourcePath, String targetPath, String sourceLang, String targetLang, String translationKey,
                            SourceRevision revision, Skeleton skeleton, List<ExportedUnit> units, Set<String> optional,
                            String translationStamp, String translationText, GitHistory history) {
    /** {@link #translationStamp} when the translation had no stamp, or there was no translation. */
    public static final String NO_STAMP = "none";

    public XliffDocument {
        units = List.copyOf(units);
        optional = Set.copyOf(optional);
    }

    public Optional<ExportedUnit> unit(String id) {
        return units.stream().filter(u -> u.unit().id().equals(id)).findFirst();
    }
}
