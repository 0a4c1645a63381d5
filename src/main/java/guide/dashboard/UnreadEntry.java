package guide.dashboard;

import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import guide.translation.UnreadTranslations;

import java.util.List;
import java.util.Map;

/**
 * A missing translation's entry as the dashboard shows it when a page that could not be read is, or may be, that translation
 * ({@link UnreadTranslations}), as {@code ./guide translations} says: one that is it names its file and why it cannot be read,
 * and offers no command to start a translation that exists; one that may be it is named in the note beside the command. A
 * translation whose source cannot be read looks orphaned; its note says to fix the source rather than delete the page.
 */
final class UnreadEntry {
    private UnreadEntry() {
    }

    static DashboardEntry of(DashboardEntry entry, TranslationReport report, UnreadTranslations unread) {
        TranslationState state = report.byKey().getOrDefault(entry.key(), Map.of()).get(entry.lang());
        if (state == null) {
            return entry;
        }
        var page = unread.of(state);
        if (page.isPresent()) {
            return with(entry, page.get().file(), "This translation's file cannot be read, so its state is unknown: fix the file"
                    + " rather than start a new translation: " + page.get().why(), List.of(), false);
        }
        var source = unread.sourceOf(state);
        if (source.isPresent()) {
            return with(entry, entry.file(), sourceNote(source.get()), entry.commands(), true);
        }
        List<UnreadTranslations.Page> maybe = unread.maybe(state);
        if (maybe.isEmpty()) {
            return entry;
        }
        return with(entry, null, String.join("; ", maybe.stream().map(p -> "The file " + p.file() + " cannot be read and may be this translation (if it is,"
                + " fix it rather than start a new one): " + p.why()).toList()), entry.commands(), false);
    }

    /** The note of a translation whose source cannot be read: it only looks orphaned, so it is not to be deleted. */
    private static String sourceNote(UnreadTranslations.Page source) {
        return "Its source, " + source.file() + ", cannot be read, so this page looks orphaned: fix the source rather than delete this page: "
                + source.why();
    }

    /** @param sourceUnreadable true when {@code note} is about the entry's source that cannot be read ({@link #sourceNote}) */
    private static DashboardEntry with(DashboardEntry e, String file, String note, List<EditorCommand> commands, boolean sourceUnreadable) {
        return new DashboardEntry(e.key(), e.lang(), e.status(), e.type(), e.title(), e.titleLang(), e.url(), file, e.source(), e.sourceLang(),
                e.sourceDate(), e.date(), e.changes(), note, commands, e.exportable() && file == null, e.copied(),
                sourceUnreadable, e.untranslated(), e.textCopied());
    }
}
