package guide.check;

import guide.style.VarColour;

import java.util.ArrayList;
import java.util.List;

/**
 * What a warning of {@link RuleContrast} tells the designer to change, from {@link ContrastMoves}: the rule's own colours when
 * they are worth changing, a custom property's only when none is (it changes every rule that names it), and, for text whose
 * colour the rule takes from elsewhere, that colour, the background, or a colour of the rule's own.
 */
final class ContrastAdvice {
    private ContrastAdvice() {
    }

    /**
     * Which of the rule's own colours to change, and which way; a custom property's when the rule writes none worth changing.
     * On the page's {@code --bg} only the text's, as every text is drawn on it.
     */
    static String own(ContrastSide ink, ContrastSide paper) {
        List<ContrastMoves.Move> moves = paper.at() == null ? List.of(ContrastMoves.of(ink.rgb(), paper.rgb(), true))
                : ContrastMoves.advised(ink.rgb(), paper.rgb());
        List<ContrastMoves.Move> written = moves.stream().filter(m -> m.text() ? ink.literal() : paper.literal()).toList();
        List<String> said = new ArrayList<>();
        for (ContrastMoves.Move move : written.isEmpty() ? moves : written) {
            ContrastSide side = move.text() ? ink : paper;
            String name = side.literal() ? move.text() ? "the color" : "the background"
                    : side.borrowed() && !VarColour.isVar(side.at().value()) ? "that background" : side.named().split(" ")[0];
            said.add(name + (move.darker() ? " darker" : " lighter"));
        }
        return "make " + String.join(", or ", said);
    }

    /** The advice for text whose colour a rule takes from elsewhere ({@code from}): its background, that colour, or one of its own. */
    static String taken(RuleContrast.Ink from, int ink, int paper) {
        List<ContrastMoves.Move> moves = ContrastMoves.advised(ink, paper);
        String text = ContrastMoves.of(ink, paper, true).darker() ? "darker" : "lighter";
        String ground = "the background " + (ContrastMoves.of(ink, paper, false).darker() ? "darker" : "lighter");
        String selectors = from.selectors().replaceAll("\\s+", " ");
        if (!moves.get(0).text()) {
            return from.from() + "; make " + ground + (from.page() ? ", or give " + selectors + " a color of its own" : ", or that color " + text);
        }
        String or = moves.size() > 1 ? ", or make " + ground : "";
        return from.from() + (from.page() ? "; give " + selectors + " a " + text + " color of its own" + or : "; make that color " + text
                + or.replace(", or make ", ", or "));
    }
}
