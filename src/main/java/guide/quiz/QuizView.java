package guide.quiz;

import guide.content.TemplateIds.QuizPart;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the quiz template shows of a validated checklist, in the page's language: statements and
 * advice as HTML, point labels with the language's plural forms, ranges as text. The scoring data
 * reaches the script only through the page rendered from this (data attributes), never a second
 * hand-written copy. The ids the page gives its parts are read here too ({@link Section#anchor}, {@link Item#inputId},
 * {@link Band#anchor}), made by {@link QuizPart}, the rule an XLIFF import also reads: the template writes none itself.
 *
 * @param maxNumber   the maximum as the language writes the number alone ("1,100" in English, "1100" and "12 345" in Polish),
 *                    for a sentence that says "points" itself (the total without JavaScript, "… 8 of 1,100")
 * @param pointsForms the "points" plural forms ({@code one}, {@code few}, …) for the script's live score
 * @param hasDecisions true when some statement decides the result on its own (the page then states the rule)
 * @param howToHtml    the quiz's own instruction as inline HTML, or "" (the page then shows the interface's, {@code quizHowTo})
 */
public record QuizView(int maxPoints, String maxPointsText, String maxNumber, List<Section> sections, List<Band> bands,
                       Map<String, String> pointsForms, boolean hasDecisions, String howToHtml) implements Serializable {

    /** One sign with its statements. */
    public record Section(String id, String title, String descriptionHtml, int maxPoints, List<Item> items) implements Serializable {
        /** The id of the sign's group on the page ({@code sign-late-payments}), where a link to the sign leads. */
        public String anchor() {
            return QuizPart.SECTION.id(id);
        }

        /** The id of the sign's heading ({@code sign-late-payments-title}), which names the group. */
        public String titleAnchor() {
            return QuizPart.SECTION_TITLE.id(id);
        }
    }

    /**
     * One statement.
     *
     * @param decides      the band id ticking it alone puts the result in at least, or empty
     * @param decidesTitle that band's title, or empty
     */
    public record Item(String id, String html, int points, String pointsText, String decides, String decidesTitle) implements Serializable {
        /** The id of the statement's box on the page ({@code q-invoices-late}), which its label is for. */
        public String inputId() {
            return QuizPart.STATEMENT.id(id);
        }
    }

    /** One result band and its advice. */
    public record Band(String id, String title, int min, int max, String rangeText, String adviceHtml) implements Serializable {
        /** The id of the band's row in the table of results ({@code band-exit}). */
        public String anchor() {
            return QuizPart.BAND.id(id);
        }
    }
}
