package guide.translation;

import guide.content.ContentDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why {@code ./guide translations --fail-on STATES} exits with 1, as one line for the console: the states it was given,
 * then, for each of them that some page is in, how many pages and which ("--fail-on outdated,missing: 1 page is outdated:
 * content/en/about.md; 1 page is missing: notes (en)"). A pipeline's log shows the report and a failed step; this line
 * says which pages failed it without reading the whole report. It goes by {@link ShownStates}, as the exit code does.
 */
public final class FailOnReason {
    /** More pages of one state than this are counted, not all named: the report above names them all. */
    static final int NAMED = 10;

    /** The word for a published translation still copied from its source: not a state of the table, a finding beside it. */
    public static final String UNTRANSLATED = "untranslated";

    private final ShownStates states;
    private final UnreadTranslations unread;
    private final CopiedTranslations copies;

    public FailOnReason(UnreadTranslations unread) {
        this(unread, CopiedTranslations.NONE);
    }

    /** @param copies the published translations still copied from their sources, the pages {@code untranslated} stops on */
    public FailOnReason(UnreadTranslations unread, CopiedTranslations copies) {
        this.states = new ShownStates(unread);
        this.unread = unread;
        this.copies = copies;
    }

    /**
     * The line, or empty when no page is in any of {@code words}, in which case {@code --fail-on} exits with 0.
     *
     * @param words the states as typed ("outdated", "missing", "orphaned", "unreadable", "untranslated"), in the order typed
     */
    public Optional<String> of(TranslationReport report, List<String> words) {
        Set<String> typed = new LinkedHashSet<>(words);
        List<String> parts = new ArrayList<>();
        for (String word : typed) {
            List<String> pages = pages(report, word);
            if (!pages.isEmpty()) {
                parts.add(pages.size() + (pages.size() == 1 ? " page is " : " pages are ") + word + ": " + names(pages));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("--fail-on " + String.join(",", typed) + ": " + String.join("; ", parts));
    }

    /**
     * The pages in state {@code word}: each by its file, a missing translation (no file yet) as "key (lang)". For
     * {@code unreadable}, every page of a language folder that cannot be read (a broken file, whatever the report calls its key),
     * in the order of their paths; for {@code untranslated}, every published translation still copied from its source.
     */
    private List<String> pages(TranslationReport report, String word) {
        if (word.equals(ShownStates.UNREADABLE)) {
            return unread.pages().stream().map(UnreadTranslations.Page::file).sorted().toList();
        }
        if (word.equals(UNTRANSLATED)) {
            return copies.files(report);
        }
        return report.all().stream().filter(state -> states.word(state).equals(word)).map(FailOnReason::name).toList();
    }

    private static String name(TranslationState state) {
        ContentDocument document = state.document();
        return document == null ? state.key() + " (" + state.lang() + ")" : document.source().toString().replace('\\', '/');
    }

    private static String names(List<String> pages) {
        if (pages.size() <= NAMED) {
            return String.join(", ", pages);
        }
        return String.join(", ", pages.subList(0, NAMED)) + " and " + (pages.size() - NAMED) + " more";
    }
}
