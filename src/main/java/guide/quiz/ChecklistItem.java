package guide.quiz;

/**
 * One statement a reader can tick.
 *
 * @param id     stable id, the same in every language (it travels in share links)
 * @param text   the statement, inline Markdown
 * @param points what ticking it adds to the score
 * @param line   line in the checklist file
 */
public record ChecklistItem(String id, String text, int points, int line) {
}
