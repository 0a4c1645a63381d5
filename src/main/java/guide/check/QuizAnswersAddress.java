package guide.check;

import guide.content.TemplateIds;
import guide.site.NearNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A link to a quiz with answers ticked, {@code /en/quiz/#a=invoices-late,threats}: the address the quiz's own share and print
 * links write, which its script reads on load. Its fragment is no element's id, so the anchor rule alone would refuse it; it
 * is right when the page has a statement box for every answer it names ({@link TemplateIds.QuizPart#STATEMENT}), wrong when
 * one is misspelt or the page is no quiz, which the quiz's script would ignore without a word.
 */
final class QuizAnswersAddress {
    private static final String PREFIX = "a=";
    private static final String STATEMENT = TemplateIds.QuizPart.STATEMENT.id("");

    private QuizAnswersAddress() {
    }

    /** True for a fragment that ticks answers ({@code a=…}), decoded. */
    static boolean isOne(String fragment) {
        return fragment.startsWith(PREFIX);
    }

    /**
     * What is wrong with the answers {@code fragment} names on a page with {@code ids}, or null when the page is a quiz with
     * a statement for each.
     *
     * @param where the page, as the message names it
     */
    static String problem(String fragment, Set<String> ids, String where) {
        List<String> statements = ids.stream().filter(id -> id.startsWith(STATEMENT)).map(id -> id.substring(STATEMENT.length())).toList();
        if (statements.isEmpty()) {
            return "quiz answers #" + fragment + " on a page that is no quiz: " + where + " has no statements to tick";
        }
        List<String> unknown = new ArrayList<>();
        for (String answer : fragment.substring(PREFIX.length()).split(",", -1)) {
            if (!answer.isEmpty() && !ids.contains(TemplateIds.QuizPart.STATEMENT.id(answer))) {
                unknown.add(answer);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        String first = unknown.get(0);
        String nearest = String.join(", ", NearNames.closest(first, statements, 3));
        return "quiz answers #" + fragment + ": " + where + " has no statement " + String.join(", ", unknown) + " (nearest to " + first
                + ": " + nearest + ")";
    }
}
