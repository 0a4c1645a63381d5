package guide.translation;

import guide.content.ContentDocument;

import java.util.List;
import java.util.Locale;

/**
 * Where one language of one translationKey stands.
 *
 * @param document the version in this language, or null when missing
 * @param source   the source version, or null when the source is gone
 * @param changes  for outdated translations: what changed in the source since the stamp
 * @param note     extra words for people, e.g. "never stamped"
 * @param stamp    for an outdated translation whose stamp line cannot count as its own: what is wrong with it; else null
 */
public record TranslationState(String key, String lang, Status status, ContentDocument document, ContentDocument source,
                               List<SourceChange> changes, String note, StampFault stamp) {

    /** A state whose stamp line, if any, is not at fault. */
    public TranslationState(String key, String lang, Status status, ContentDocument document, ContentDocument source,
                            List<SourceChange> changes, String note) {
        this(key, lang, status, document, source, changes, note, null);
    }

    /** An outdated translation because of its stamp line: the note is the fault's. */
    static TranslationState faulty(String key, String lang, ContentDocument document, ContentDocument source, StampFault stamp) {
        return new TranslationState(key, lang, Status.OUTDATED, document, source, List.of(), stamp.note(), stamp);
    }

    /** The line of the document's header that the note is about (its stamp: unreadable, or another version's), or 0. */
    public int line() {
        return stamp == null ? 0 : stamp.line();
    }

    /**
     * True for a translation whose stamp was written for another language's translation: a file copied
     * from there, not translated (or not stamped) as this language's yet.
     */
    public boolean copied() {
        return stamp != null && stamp.copied();
    }

    /**
     * True for the source language's place of a key whose source file is gone: no translation to
     * start there (its translations are orphaned), so the report shows it as "gone" and counts it
     * with none of the statuses.
     */
    public boolean sourceGone() {
        return status == Status.MISSING && source == null;
    }

    /** The statuses the report shows. */
    public enum Status {
        /** The original text other languages are translated from. */
        SOURCE,
        /** Stamped with the source's current revision. */
        CURRENT,
        /** The source changed since the stamp, or there is no stamp, or the stamp lists parts still to review. */
        OUTDATED,
        /** No version in this language. */
        MISSING,
        /** A translation whose source no longer exists. */
        ORPHANED,
        /** A version in this language exists but is a draft ({@code status=draft}): not published, not yet a translation readers see. */
        DRAFT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
