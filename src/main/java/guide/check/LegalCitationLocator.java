package guide.check;

import guide.content.ContentDocument;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Points each {@link LegalCitations.Finding} of a rendered page at the Markdown line that holds
 * the statement: the line with the most of the excerpt's words in a row (formatting in the
 * Markdown may split the rest); a missing legal status date at the header's first line.
 */
public final class LegalCitationLocator {
    private LegalCitationLocator() {
    }

    /** @param page the built page, named instead of a document when {@code doc} is null */
    public static void locate(ContentDocument doc, String page, List<LegalCitations.Finding> findings, List<Problem> problems) {
        MarkdownBodyLines lines = doc == null ? null : new MarkdownBodyLines(doc);
        for (LegalCitations.Finding finding : findings) {
            if (doc == null) {
                problems.add(new Problem(Path.of(page), 0, finding.message()));
            } else if (finding.statusMissing()) {
                problems.add(new Problem(doc.source(), 1, finding.message()));
            } else {
                problems.add(new Problem(doc.source(), line(lines, finding.excerpt()), finding.message()));
            }
        }
    }

    private static int line(MarkdownBodyLines lines, String excerpt) {
        String[] words = excerpt.split(" ");
        Pattern[] candidates = new Pattern[words.length];
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", Arrays.copyOf(words, n));
            candidates[words.length - n] = Pattern.compile(Pattern.quote(phrase).replace(" ", "\\E[ \\t]+\\Q"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return lines.find(candidates);
    }
}
