package guide.quiz;

import java.util.Optional;

/**
 * One statement a reader can tick.
 *
 * @param id      stable id, the same in every language (it travels in share links)
 * @param text    the statement, inline Markdown
 * @param points  what ticking it adds to the score
 * @param decides the id of the band that ticking it alone puts the result in at least, whatever
 *                the sum ({@code decides=exit}), or null: for facts such as threats, where the
 *                article says one is reason enough
 * @param line    line in the checklist file
 */
public record ChecklistItem(String id, String text, int points, String decides, int line) {

    public Optional<String> decidesBand() {
        return Optional.ofNullable(decides);
    }
}
