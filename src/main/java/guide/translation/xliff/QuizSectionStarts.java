package guide.translation.xliff;

import guide.quiz.ChecklistLines;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a quiz's body is cut into sections for translation: at each line the build's quiz reader
 * reads as a section's or a band's heading ({@link ChecklistLines}), so that the sections a
 * translator's file is grouped by are the quiz's sections and bands as the build shows them.
 * Markdown's outline would also start one at lines the reader takes for text: an indented
 * {@code ###}, or a paragraph underlined with {@code ---}, in a band's advice, a {@code ###} heading
 * in the intro or in a section's description. A line inside a unit's text starts none, so that a
 * unit is never cut in two (the reader takes its headings from Markdown's, so a {@code ## } line in
 * a raw-HTML or code block is text to both; this holds should they ever disagree).
 */
final class QuizSectionStarts {
    private QuizSectionStarts() {
    }

    /** @param units where the body's units are: no section starts inside one */
    static List<OutlineReader.SectionStart> of(String body, ChecklistLines lines, List<TextRange> units) {
        List<OutlineReader.SectionStart> starts = new ArrayList<>();
        int offset = 0; // where the line starts; -1 past the last line
        for (int line = 0; offset >= 0; line++) {
            ChecklistLines.Line read = lines.at(line);
            boolean heading = read.role() == ChecklistLines.Role.SECTION || read.role() == ChecklistLines.Role.BAND;
            if (heading && !inside(units, offset)) {
                starts.add(new OutlineReader.SectionStart(offset, read.id()));
            }
            offset = TextLines.nextLine(body, TextLines.lineEnd(body, offset));
        }
        return starts;
    }

    private static boolean inside(List<TextRange> units, int offset) {
        return units.stream().anyMatch(unit -> unit.start() < offset && offset < unit.end());
    }
}
