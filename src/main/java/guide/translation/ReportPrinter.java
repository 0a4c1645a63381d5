package guide.translation;

import guide.content.ContentDocument;
import guide.site.GuideCommand;
import guide.site.Language;
import guide.translation.TranslationState.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The translation report as a table for people, or as JSON for other tools. */
public final class ReportPrinter {
    private static final int EXCERPT = 72;
    /** What to do about an orphaned translation, in the dashboard's words. */
    private static final String ORPHAN_ACTION = "delete it, or give it the translationKey of the page it translates";

    private ReportPrinter() {
    }

    public static String table(TranslationReport report) {
        return table(report, AboutPageName.NONE, GitHistory.UNKNOWN);
    }

    /**
     * The table, a missing about page's command naming the page as its language's aboutUrl requires ({@link AboutPageName}), and
     * an edited block whose old text is unknown explained by what the project's git history is ({@link GitHistory}).
     */
    public static String table(TranslationReport report, AboutPageName about, GitHistory history) {
        return table(report, about, history, UnreadTranslations.NONE);
    }

    /**
     * The table, a translation that exists but could not be read ({@link UnreadTranslations}) shown as "unreadable", with its
     * file and why, instead of as missing with a command to start it; one whose source cannot be read as "unknown" ({@link
     * ShownStates}), with the source and why, instead of as orphaned with the advice to delete it.
     */
    public static String table(TranslationReport report, AboutPageName about, GitHistory history, UnreadTranslations unread) {
        return table(report, about, history, unread, CopiedTranslations.NONE);
    }

    /**
     * The table, and under it each published translation still copied word for word from its source ({@link
     * CopiedTranslations}), as the build warns of it: a current one listed as "current, but …" after the other pages to act on,
     * an outdated one with a "! …" line under what changed. Its stamp is right (it follows the source as it is), its text is not.
     */
    public static String table(TranslationReport report, AboutPageName about, GitHistory history, UnreadTranslations unread,
                               CopiedTranslations copies) {
        return table(report, about, history, unread, copies, UntranslatedTags.NONE);
    }

    /**
     * The table, and under it each published translation whose tags are still its source's ({@link UntranslatedTags}), as the
     * copied text is listed: a current one as "current, but …" at its {@code tags=} line, an outdated one with a "! line …" line.
     */
    public static String table(TranslationReport report, AboutPageName about, GitHistory history, UnreadTranslations unread,
                               CopiedTranslations copies, UntranslatedTags tags) {
        ShownStates shown = new ShownStates(unread);
        CopiedParts parts = new CopiedParts(copies, tags);
        StringBuilder s = new StringBuilder();
        int keyWidth = Math.max(3, report.byKey().keySet().stream().mapToInt(String::length).max().orElse(3));
        s.append(String.format("%-" + keyWidth + "s", "key"));
        Map<String, List<String>> cells = new LinkedHashMap<>();
        report.byKey().forEach((key, states) -> cells.put(key, states.values().stream().map(shown::word).toList()));
        // As wide as the widest word ("unreadable" widens it), so the columns stay under their languages.
        String cell = "  %-" + cells.values().stream().flatMap(List::stream).mapToInt(String::length).reduce(9, Math::max) + "s";
        report.languages().forEach(lang -> s.append(String.format(cell, lang)));
        trimLine(s);
        cells.forEach((key, words) -> {
            s.append(String.format("%-" + keyWidth + "s", key));
            words.forEach(word -> s.append(String.format(cell, word)));
            trimLine(s);
        });
        List<TranslationState> details = report.all().stream()
                .filter(t -> t.status() == Status.OUTDATED || t.status() == Status.ORPHANED || t.status() == Status.DRAFT
                        || (t.status() == Status.MISSING && !t.sourceGone()) || !parts.of(t).isEmpty())
                .sorted(Urgency.ORDER) // as the dashboard lists them: most urgent first
                .toList();
        if (!details.isEmpty()) {
            s.append('\n');
        }
        for (TranslationState state : details) {
            switch (state.status()) {
                case MISSING -> s.append(unread.of(state).map(page -> unreadable(state, page)).orElseGet(() -> missing(state, about)
                        + maybe(unread.maybe(state))));
                case DRAFT -> s.append(path(state.document())).append(": draft, not published yet")
                        .append(state.source() != null && state.source() != state.document() ? " (translation of " + path(state.source()) + ")" : "")
                        .append("; set status=published when it is ready\n");
                case ORPHANED -> s.append(unread.sourceOf(state).map(page -> sourceUnreadable(state, page))
                        .orElseGet(() -> path(state.document()) + ": orphaned, " + state.note() + "\n    " + ORPHAN_ACTION + "\n"));
                case CURRENT -> parts.of(state).forEach(copy -> s.append(path(state.document())).append(':').append(copy.line())
                        .append(": current, but ").append(copy.text()).append('\n'));
                default -> {
                    s.append(path(state.document())).append(state.line() > 0 ? ":" + state.line() : "").append(": outdated, ").append(state.note())
                            .append(state.copied() ? "; translate it from " + path(state.source()) + ", then stamp it\n" : " (" + path(state.source()) + ")\n");
                    changeLines(state.changes(), history).forEach(line -> s.append("    ").append(line).append('\n'));
                    parts.of(state).forEach(copy -> s.append("    ! line ").append(copy.line()).append(": ").append(copy.text()).append('\n'));
                    s.append(state.copied() ? "    once translated into " + languageName(state.lang()) + ": " : "    after review: ")
                            .append(GuideCommand.name() + " translations stamp ").append(path(state.document())).append('\n');
                }
            }
        }
        int copied = copies.files(report).size();
        int tagged = tags.files(report).size();
        s.append('\n').append(shown.summary(report)).append(copied == 0 ? "" : copied == 1 ? "; 1 published translation still copied from its source"
                : "; " + copied + " published translations still copied from their sources")
                .append(tagged == 0 ? "" : tagged == 1 ? "; 1 published translation with its source's tags"
                : "; " + tagged + " published translations with their sources' tags").append('\n');
        return s.toString();
    }

    /** "en unreadable: about (source …): content/en/about.md is this translation but cannot be read, …: fix the file …". */
    private static String unreadable(TranslationState state, UnreadTranslations.Page page) {
        return state.lang() + " unreadable: " + state.key() + " (source " + path(state.source()) + "): " + page.file()
                + " is this translation but cannot be read, so its state is unknown: fix the file rather than start a new translation:\n"
                + page.problems().stream().map(p -> "    " + p + "\n").reduce("", String::concat);
    }

    /** "content/en/about.md: its source content/pl/o-przewodniku.md cannot be read, so it looks orphaned; fix the source: …". */
    private static String sourceUnreadable(TranslationState state, UnreadTranslations.Page page) {
        return path(state.document()) + ": its source " + page.file() + " cannot be read, so this translation looks orphaned;"
                + " fix the source rather than delete this page:\n" + page.problems().stream().map(p -> "    " + p + "\n").reduce("", String::concat);
    }

    /** Under a missing translation: the unreadable pages of its language whose key is not known, any of which may be it. */
    private static String maybe(List<UnreadTranslations.Page> pages) {
        return pages.stream().map(page -> "    " + page.file() + " cannot be read and may be this translation (if it is, fix it rather than start"
                + " a new one): " + page.why() + "\n").reduce("", String::concat);
    }

    /**
     * "en missing: advance (source content/pl/advance.md); start it with ./guide translate … --name NAME (…)"; for the about
     * page the name its aboutUrl requires, for a home or not-found page its source's name ({@link TypeAddress}).
     */
    private static String missing(TranslationState state, AboutPageName about) {
        String start = state.lang() + " missing: " + state.key() + " (source " + path(state.source()) + "); start it with " + GuideCommand.name() + " translate "
                + path(state.source()) + " --to " + state.lang() + " --name ";
        String language = languageName(state.lang());
        Optional<TypeAddress> byType = TypeAddress.of(state.source(), state.lang());
        return about.required(state)
                .map(name -> start + name + " (the address aboutUrl gives the " + language + " about page in " + about.stringsFile(state.lang()) + ")\n")
                .or(() -> byType.map(page -> start + page.name() + " (this names the file only: " + page.reason(language) + ")\n"))
                .orElse(start + "NAME (NAME: the new page's address, in " + language + ": the title's words in the letters a to z, joined by hyphens)\n");
    }

    private static String languageName(String lang) {
        return Language.englishNameOf(lang);
    }

    private static void trimLine(StringBuilder s) {
        while (!s.isEmpty() && s.charAt(s.length() - 1) == ' ') {
            s.setLength(s.length() - 1);
        }
        s.append('\n');
    }

    /** The summary line with no unreadable pages known: "5 keys: 4 source, 1 current, …". */
    public static String summary(TranslationReport report) {
        return new ShownStates(UnreadTranslations.NONE).summary(report);
    }

    /** The report as JSON for other tools, with no unreadable pages known. */
    public static String json(TranslationReport report) {
        return json(report, UnreadTranslations.NONE);
    }

    /**
     * The report as JSON for other tools, each place's {@code "status"} the word the table shows ({@link ShownStates}), which
     * the dashboard's states are too ({@code guide.dashboard.DashboardState#word}): a deleted source's place is "gone", not
     * "missing" (nothing to start there). A page whose file exists but cannot be read ({@link UnreadTranslations}), a
     * translation or a source, has the status "unreadable", its file and its {@code problems}; a translation whose source
     * cannot be read has the status "unknown" and the source under {@code "sourceUnreadable"}; a missing one that an
     * unreadable page of its language may be lists those pages under {@code "mayBe"}, as the table does.
     */
    public static String json(TranslationReport report, UnreadTranslations unread) {
        return json(report, unread, CopiedTranslations.NONE);
    }

    /**
     * The report as JSON, and for a published translation still copied word for word from its source ({@link
     * CopiedTranslations}) an {@code "untranslated"} object: the {@code "line"} of the first copied part and the build's
     * {@code "warning"}, as the table says it. Its {@code "status"} stays what its stamp makes it.
     */
    public static String json(TranslationReport report, UnreadTranslations unread, CopiedTranslations copies) {
        return json(report, unread, copies, UntranslatedTags.NONE);
    }

    /**
     * The report as JSON, and for a published translation whose tags are still its source's ({@link UntranslatedTags}) an
     * {@code "untranslatedTags"} object: the {@code "line"} of its {@code tags=}, the {@code "tags"} named and the
     * {@code "warning"}, as the table says it. Its {@code "status"} stays what its stamp makes it.
     */
    public static String json(TranslationReport report, UnreadTranslations unread, CopiedTranslations copies, UntranslatedTags tags) {
        return ReportJson.of(report, unread, copies, tags);
    }

    /**
     * What changed in a source, one line each as the report lists them under a page ("~ edited: … {+new words+}"), and,
     * when an edited block's old text is not known, a last line saying why it is shown from the beginning ({@code history}:
     * what the project's git history is).
     */
    public static List<String> changeLines(List<SourceChange> changes, GitHistory history) {
        List<String> lines = new ArrayList<>();
        for (SourceChange change : changes) {
            lines.add(change.kind().sign() + " " + describe(change));
        }
        if (changes.stream().anyMatch(SourceChange::oldUnknown)) {
            lines.add("(edited text shown as it is now, from the beginning: " + history.reason() + ")");
        }
        return lines;
    }

    /** "edited: ## Krok 1. Podejmij decyzję…", "changed the summary: Jak rozstać się z klientem…", "still marked for review: …" */
    public static String describe(SourceChange change) {
        if (change.part() == SourceChange.Part.SUMMARY) {
            return switch (change.kind()) {
                case ADDED -> "added a summary: " + excerpt(change.text());
                case EDITED -> "changed the summary: " + changed(change);
                case REMOVED -> "removed the summary";
                case REVIEW -> "summary still marked for review: " + excerpt(change.text());
            };
        }
        return switch (change.kind()) {
            case ADDED -> "added: " + excerpt(change.text());
            case EDITED -> "edited: " + changed(change);
            case REMOVED -> change.text().isEmpty() ? "removed a block at the start" : "removed a block after: " + excerpt(change.text());
            case REVIEW -> "still marked for review: " + excerpt(change.text());
        };
    }

    /** An edited block or summary: what changed in it, marked, where its old text is known; else its start. */
    private static String changed(SourceChange change) {
        return change.old() == null ? excerpt(change.text()) : WordDiff.excerpt(change.old(), change.text());
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    private static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }
}
