package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the {@code {…}} of a checklist's statement or band heading holds: {@code #id points=3}
 * to {"#": "id", "points": "3"}, reporting at the line a name that a statement or a band does not take
 * and a word that is neither {@code #id} nor {@code name=value}, each with the usage to follow.
 * Statements and bands write their attributes the same way but take different names; reading them is
 * one job, apart from {@link ChecklistReader}'s, which is to tell what each line of a checklist is. Its words are
 * {@link AttributeBlock}'s, as the XLIFF import reads them.
 */
final class ChecklistAttributes {
    private static final List<String> STATEMENT_NAMES = List.of("#", "points", "decides");
    private static final String STATEMENT_USAGE = "{#id points=N}, optionally decides=BAND";
    private static final List<String> BAND_NAMES = List.of("#", "points");
    private static final String BAND_USAGE = "{#id " + BandExamples.RANGE + "}";

    private final Path source;
    private final List<Problem> problems;

    /** Reports to {@code problems}, naming {@code source}. */
    ChecklistAttributes(Path source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** A statement's attributes: {@code #id}, {@code points=}, {@code decides=}. */
    Map<String, String> ofStatement(String text, int lineNo) {
        return read(text, "statement", STATEMENT_NAMES, STATEMENT_USAGE, lineNo);
    }

    /** A band's attributes: {@code #id}, {@code points=}. */
    Map<String, String> ofBand(String text, int lineNo) {
        return read(text, "band", BAND_NAMES, BAND_USAGE, lineNo);
    }

    /**
     * {@code text}'s values, reporting at {@code lineNo} a name the {@code what} (statement or band)
     * does not take, and a word that is neither {@code #id} nor {@code name=value}.
     */
    private Map<String, String> read(String text, String what, List<String> allowed, String usage, int lineNo) {
        Map<String, String> values = new HashMap<>();
        for (String token : AttributeBlock.words(text)) {
            if (token.startsWith("#")) {
                given(values, "#", token.substring(1), "an id", what, usage, lineNo);
            } else if (token.contains("=")) {
                String key = token.substring(0, token.indexOf('='));
                if (!allowed.contains(key)) {
                    problems.add(new Problem(source, lineNo, "unknown attribute '" + key + "' on a " + what + ": use " + usage));
                }
                given(values, key, token.substring(token.indexOf('=') + 1), "'" + key + "'", what, usage, lineNo);
            } else {
                problems.add(new Problem(source, lineNo, "'" + token + "' on a " + what + " is neither #id nor name=value: use " + usage));
            }
        }
        return values;
    }

    /** Puts {@code value} under {@code key}, reporting a second one: which of the two counts would be a guess. */
    private void given(Map<String, String> values, String key, String value, String name, String what, String usage, int lineNo) {
        String before = values.put(key, value);
        if (before != null) {
            problems.add(new Problem(source, lineNo, name + " given twice on a " + what + " ('" + before + "' and '" + value + "'): keep one, as in "
                    + usage));
        }
    }
}
