package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings an editor new to the quiz format puts at the wrong level, which Markdown would read as
 * something else without a word: a result band written as {@code ##} (a new section to the reader),
 * and a new sign written as {@code ###} after a sign's statements (whose statements would then join
 * the sign above it). {@link ChecklistReader} tells it each line; it names the mistake at the heading.
 */
final class MisplacedHeadings {
    /** A heading's text ending in a band's {@code {…}} with a {@code points=} range. */
    private static final Pattern BAND = Pattern.compile("^.*\\{[^{}]*points=[^{}]*}\\s*$");

    private final Path source;
    private final List<Problem> problems;
    private String subheading;
    private int subheadingLine;

    MisplacedHeadings(Path source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Is this {@code ##} heading in the results a band (its {@code {…}} has {@code points=})? Named if so. */
    boolean bandWrittenAsSection(String heading, int lineNo) {
        Matcher m = BAND.matcher(heading);
        if (m.matches()) {
            problems.add(new Problem(source, lineNo, "a result band is a ### heading, not ##: write ### " + heading));
        }
        return m.matches();
    }

    /** A {@code ###} heading in a sign's section, {@code afterStatements} if the section has statements above it. */
    void subheading(String heading, int lineNo, boolean afterStatements) {
        if (afterStatements) {
            subheading = heading;
            subheadingLine = lineNo;
        }
    }

    /** A statement in section {@code sectionId}: below such a {@code ###}, the editor meant a new sign. */
    void statement(String sectionId) {
        if (subheading != null) {
            problems.add(new Problem(source, subheadingLine, "statements under '### " + subheading + "' would be part of section '"
                    + sectionId + "' above it: a sign is a ## heading, write ## " + subheading));
            subheading = null;
        }
    }

    /** A new section starts: a {@code ###} before it belonged to the one it ends. */
    void section() {
        subheading = null;
    }
}
