package guide.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated self-assessment checklist in one language: intro text, the signs with their
 * statements, and the result bands.
 */
public record Checklist(Path source, String intro, List<ChecklistSection> sections, List<ResultBand> bands) {

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
