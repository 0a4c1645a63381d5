package guide.quiz;

import java.util.List;

/**
 * One sign of a bad client, with its statements.
 *
 * @param id    the same id as the sign's section in the article ({@code late-payments})
 * @param title the heading text, e.g. "1. Płatności"
 */
public record ChecklistSection(String id, String title, String description, List<ChecklistItem> items, int line) {

    public int maxPoints() {
        return items.stream().mapToInt(ChecklistItem::points).sum();
    }
}
