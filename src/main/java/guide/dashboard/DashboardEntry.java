package guide.dashboard;

import guide.content.DocumentType;
import guide.translation.AlignedChange;
import guide.translation.TranslationState.Status;
import guide.translation.UntranslatedText;

import java.util.List;

/**
 * One document in one language, as the dashboard lists it.
 *
 * @param title       the translation's title, or the source's when there is no translation, typeset as the site shows it
 * @param titleLang   the language of {@code title}
 * @param url         the page in the preview (the translation; the source when the translation is missing or a draft), or null
 * @param file        the translation's file relative to the project, with '/', or null when missing
 * @param source      the source's file, or null when the source is gone
 * @param sourceLang  the source's language, or null
 * @param sourceDate  the source's {@code updated=} or else {@code date=}, and which, or null
 * @param date        the translation's {@code updated=} or else {@code date=}, and which, or null
 * @param changes     for an outdated translation: the source blocks changed since the stamp, beside the translation's
 * @param note        extra words, e.g. "never stamped"
 * @param commands    what to run for it
 * @param exportable  true when an XLIFF file can be exported for it (it has a source in another language)
 * @param copied      true for a copy of another language's translation, still to translate (its stamp is that one's)
 * @param sourceUnreadable true for an orphaned entry whose source is there but cannot be read: its {@code note} names the
 *                    source and why, in place of the advice to delete the page ({@link UnreadEntry})
 * @param untranslated for a published translation: what of it is still its source's, at its line, in {@code ./guide
 *                    translations}' words: its text ({@link guide.translation.CopiedTranslations}), then its tags
 *                    ({@link guide.translation.UntranslatedTags}); empty for the others
 * @param textCopied  true for a published translation whose text (not only its tags) is still its source's: work an XLIFF file
 *                    carries, as its copied units go out to translate
 */
public record DashboardEntry(String key, String lang, Status status, DocumentType type, String title, String titleLang, String url,
                             String file, String source, String sourceLang, HeaderDate sourceDate, HeaderDate date,
                             List<AlignedChange> changes, String note, List<EditorCommand> commands, boolean exportable,
                             boolean copied, boolean sourceUnreadable, List<UntranslatedText.Copy> untranslated, boolean textCopied) {

    public DashboardEntry {
        changes = List.copyOf(changes);
        commands = List.copyOf(commands);
        untranslated = List.copyOf(untranslated);
    }

    /** True when it needs an editor's work: not current, or current but still in part its source's (its text or its tags). */
    public boolean needsWork() {
        return status != Status.CURRENT || marked();
    }

    /** True for a published translation marked "Not fully translated": still in part its source's text or tags, whatever its state. */
    public boolean marked() {
        return !untranslated.isEmpty();
    }

    /** The state the dashboard shows, counts and filters it by: its status, but unreadable or unknown for a page that cannot be read. */
    public DashboardState state() {
        return DashboardState.of(this);
    }

    /** A stable id for the page's anchors, e.g. {@code pricing-en}. */
    public String id() {
        return (key + "-" + lang).replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
