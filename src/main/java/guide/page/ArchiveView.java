package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a language's archive of all articles, newest first.
 *
 * @param range "Pozycje 51–100 z 240", or empty for a language without articles
 */
public record ArchiveView(List<Card> articles, String range, Pagination pagination) implements Serializable {
}
