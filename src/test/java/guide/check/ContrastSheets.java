package guide.check;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;

/** The two style sheets the contrast tests read, site.css and the quiz's, as {@link RuleContrast} is given them, and a palette. */
final class ContrastSheets {
    /** A palette of both schemes, as site.css's :root writes one. */
    static final String PALETTE = ":root { --bg: #fbfaf7; --text: #1d2127; --surface: #f2efe8; }\n"
            + "@media (prefers-color-scheme: dark) { :root { --bg: #15171b; --text: #e7e5e0; } }\n";

    private ContrastSheets() {
    }

    /** The warnings of {@link RuleContrast} for {@code site} (assets/css/site.css) and {@code quiz} (assets/css/quiz.css). */
    static List<String> warnings(String site, String quiz) {
        return RuleContrast.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", quiz),
                new StyleSheets.Sheet(Path.of("assets/css/site.css"), "/css/site.css", site))).stream().map(Problem::toString).toList();
    }
}
