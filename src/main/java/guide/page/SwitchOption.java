package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of the language switch: the same page in another language, or, where it has not been
 * translated, that language's home page with a note that there is no translation yet.
 *
 * @param lang        the other language's code
 * @param langName    its name in itself ("English")
 * @param url         where the switch goes
 * @param available   true when {@code url} is the translation, false when it is the home page
 * @param missingNote for an unavailable translation: "This page is not available in Ukrainian yet.", in the page's language
 * @param homeLabel   for an unavailable translation: "go to the home page", in the other language
 * @param sections    the ids of the sections of the page at {@code url} ({@link SectionIds}): a reader in one of
 *                    them is taken to it there ({@code /js/lang-switch.js}), never to an id the page lacks
 */
public record SwitchOption(String lang, String langName, String url, boolean available, String missingNote, String homeLabel,
                           List<String> sections) implements Serializable {

    public SwitchOption {
        sections = List.copyOf(sections);
    }

    /** An entry whose target has no known sections (a listing page, a home page offered instead of a translation). */
    public SwitchOption(String lang, String langName, String url, boolean available, String missingNote, String homeLabel) {
        this(lang, langName, url, available, missingNote, homeLabel, List.of());
    }
}
