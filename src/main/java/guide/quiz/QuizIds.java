package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a quiz has used so far, for {@link ChecklistReader}: section, statement and band ids are unique in a checklist and
 * at most {@value ChecklistReader#MAX_ID_LENGTH} characters long (share links carry them). A second use is a problem that
 * names the first, a longer id one that says how long it is (and, like every problem, makes the parser discard what was read).
 */
final class QuizIds {
    private final Path source;
    private final List<Problem> problems;
    private final Map<String, Integer> ids = new HashMap<>();

    QuizIds(Path source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Takes {@code id}, written on line {@code lineNo}. */
    void claim(String id, int lineNo) {
        if (id.length() > ChecklistReader.MAX_ID_LENGTH) {
            problems.add(new Problem(source, lineNo, "id '" + id + "' is " + id.length() + " characters long: shorten it to at most "
                    + ChecklistReader.MAX_ID_LENGTH + " (share links leave out longer ids)"));
        }
        Integer first = ids.putIfAbsent(id, lineNo);
        if (first != null) {
            problems.add(new Problem(source, lineNo, "duplicate id '" + id + "' (first used on line " + first + "): sections, statements and bands each need"
                    + " an id of their own in the quiz, so give this one another id"));
        }
    }
}
