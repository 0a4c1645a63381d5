package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * Links between the pages of the archive: previous, next, and numbered pages with gaps.
 *
 * @param previous the previous page's address, or null on the first
 * @param next     the next page's address, or null on the last
 */
public record Pagination(int current, int total, String previous, String next, List<PageLink> items) implements Serializable {

    /**
     * A numbered page, or a gap between numbers ({@code gap} true, nothing else set).
     *
     * @param text the number as the page's language writes it ("1,001" in English), which the link shows
     */
    public record PageLink(boolean gap, int number, String text, String url, String label, boolean current) implements Serializable {
    }
}
