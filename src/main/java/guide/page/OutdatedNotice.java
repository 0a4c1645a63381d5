package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * Shown on a translation whose source changed since it was translated: "This translation may be
 * behind the Polish original, updated on 26 November 2026. Changed there since this translation:
 * Fixed price. Read the original"; and the sections behind, each marked in place.
 *
 * @param url          the source's address
 * @param lang         the source's language
 * @param sectionsText the words before the list of sections ("Changed there since this translation:"), or "" when none is named
 * @param sections     the known sections that are behind, in the page's order; empty when the changes fall outside them
 */
public record OutdatedNotice(String text, String url, String lang, String linkText, String sectionsText, List<SectionMark> sections)
        implements Serializable {

    public OutdatedNotice {
        sections = List.copyOf(sections);
    }
}
