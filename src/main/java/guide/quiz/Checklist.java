package guide.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated self-assessment checklist in one language: intro text, the signs with their
 * statements, the result bands, and the quiz's own instruction, if it has one.
 */
public record Checklist(Path source, String intro, List<ChecklistSection> sections, List<ResultBand> bands, HowTo howTo) {

    /**
     * The quiz's own instruction, which the page shows above the statements instead of the interface's ({@code quizHowTo}):
     * a paragraph of the intro ending with {@code {#how-to}}.
     *
     * @param text its Markdown, without the {@code {#how-to}}; "" for none
     * @param line the line it starts on; 0 for none
     */
    public record HowTo(String text, int line) {
        public static final HowTo NONE = new HowTo("", 0);
    }

    public int maxPoints() {
        return sections.stream().mapToInt(ChecklistSection::maxPoints).sum();
    }

    public Optional<ChecklistItem> item(String id) {
        return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.id().equals(id)).findFirst();
    }

    /** The section an item belongs to. */
    public Optional<ChecklistSection> sectionOf(String itemId) {
        return sections.stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
    }
}
