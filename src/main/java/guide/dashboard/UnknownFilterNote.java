package guide.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard says above its list when the address asks for a language or state the site does not have
 * ({@code ?lang=xx}, {@code ?state=nonsense}, {@code ?mark=x}): which value it did not know, the values it knows, and that the list is
 * not filtered by it. Without this, a typo in a bookmark would show every document, which reads as the filter's answer.
 */
final class UnknownFilterNote {
    /** How much of a value the note quotes: an address can carry anything, and the point is to recognise the typo. */
    private static final int SHOWN = 40;

    private UnknownFilterNote() {
    }

    /**
     * One sentence per unknown value, none when every value is known.
     *
     * @param names the languages pages are translated into, code to English name, in the site's order: those the filter links offer
     */
    static List<String> of(DashboardFilter filter, Map<String, String> names) {
        List<String> notes = new ArrayList<>();
        if (filter.unknownLang() != null) {
            List<String> languages = names.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
            notes.add("The address asks for lang=" + shown(filter.unknownLang())
                    + (languages.isEmpty() ? ", but no page is translated yet" : ", which no page is translated into: the translations are in "
                    + Words.list(languages)) + ". The list below shows every language.");
        }
        if (filter.unknownState() != null) {
            List<String> states = Arrays.stream(DashboardState.values()).map(DashboardState::word).toList();
            notes.add("The address asks for state=" + shown(filter.unknownState()) + ", which is not a state: the states are "
                    + Words.list(states) + ". The list below shows every state.");
        }
        if (filter.unknownMark() != null) {
            notes.add("The address asks for mark=" + shown(filter.unknownMark()) + ", which is not a mark: the only one is " + DashboardFilter.UNTRANSLATED
                    + " (" + EntryView.UNTRANSLATED + "). The list below is not filtered by mark.");
        }
        return notes;
    }

    private static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
