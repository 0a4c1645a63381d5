package guide.check;

import guide.style.Declaration;
import guide.style.SameElement;
import guide.style.StyleBlocks;
import guide.style.TopLevelCommas;
import guide.style.VarColour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The background the text of a rule is drawn on, for {@link RuleContrast}: the rule's own, or, when it paints none, the one
 * another rule for the same element paints ({@code .skip-link} paints its background in one rule and writes its colour in
 * the next; {@code .skip-link}'s background is {@code .skip-link:visited}'s too, {@link SameElement}), the most specific and
 * then the last that applies wherever the rule does (outside any at-rule or under the same ones), as {@link InheritedColour}
 * finds the text colour of a rule that paints a background. Without one, or when the one that wins paints none
 * ({@code background: none} in a later rule), the text is on the page's {@code --bg}. Held to the page's {@code --bg}
 * instead, {@code .skip-link}'s {@code color: var(--bg)} would be a false alarm. When that other rule writes no colour, is
 * under the same at-rules as this one and is for the same selector however spelt, it checks the pair itself (its text takes
 * this rule's colour), so the selector is left out here, not checked twice.
 */
final class RuleGround {
    private static final Pattern NO_GROUND = Pattern.compile("none|transparent|inherit|unset|initial");

    /**
     * Some selectors of a rule and the background their text is on.
     *
     * @param selectors the selectors, comma-separated
     * @param ground    the {@code background} declaration of the other rule, or null for the page's {@code --bg}
     * @param from      how a message names that rule ({@code .skip-link at assets/css/site.css:68}), or null
     */
    record Paper(String selectors, Declaration ground, String from) {
    }

    private RuleGround() {
    }

    /**
     * The rule's last {@code background} or {@code background-color} the browser keeps; null when it sets none, or none of its
     * own ({@code none}, {@code transparent}).
     */
    static Declaration own(StyleBlocks.Block block) {
        Declaration ground = kept(block);
        return ground == null || NO_GROUND.matcher(ground.value().toLowerCase(Locale.ROOT)).matches() ? null : ground;
    }

    /**
     * The rule's last {@code background} or {@code background-color} the browser keeps, {@code none} or not: one it drops as it
     * reads the sheet (a {@code color-mix()} of one colour, {@link VarColour#dropped}) leaves the one before it in force; when
     * every one is dropped, the last, for the check to name; null when it writes none.
     */
    private static Declaration kept(StyleBlocks.Block block) {
        Declaration kept = null;
        Declaration last = null;
        for (Declaration d : block.declarations()) {
            if (d.name().equals("background") || d.name().equals("background-color")) {
                last = d;
                kept = VarColour.dropped(d.value()) == null || d.value().contains("var(") ? d : kept;
            }
        }
        return kept != null ? kept : last;
    }

    /**
     * The backgrounds the text of {@code block}'s selectors is on, {@code block} painting none, in the order of the selectors;
     * those whose pair another rule checks are left out. Of the rules that write a background for the same element ({@link
     * SameElement}) and apply where {@code block} does, {@code block} among them, the most specific and then the last wins; one
     * that paints none ({@code background: none}) leaves the text on the page's {@code --bg}.
     */
    static List<Paper> of(List<InheritedColour.Placed> page, StyleBlocks.Block block) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        Map<String, Paper> papers = new LinkedHashMap<>();
        List<InheritedColour.Placed> painting = page.stream().filter(p -> (p.block() == block || p.block().conditions().isEmpty()
                || p.block().conditions().equals(block.conditions())) && kept(p.block()) != null).toList();
        for (String selector : TopLevelCommas.split(block.selectors()).stream().map(String::strip).toList()) {
            InheritedColour.Placed other = SameElement.winner(painting, p -> p.block().selectors(), selector);
            other = other == null || own(other.block()) == null ? null : other;
            Declaration colour = other == null ? null : other.block().last("color");
            boolean takes = colour == null || InheritedColour.INHERITS.matcher(colour.value()).matches();
            if (other != null && takes && other.block().conditions().equals(block.conditions()) && same(other.block(), selector)) {
                continue;
            }
            Declaration ground = other == null ? null : own(other.block());
            String from = other == null ? null : other.block().selectors().replaceAll("\\s+", " ") + " at "
                    + other.file().toString().replace('\\', '/') + ":" + ground.line();
            bySource.computeIfAbsent(String.valueOf(from), k -> new ArrayList<>()).add(selector);
            papers.putIfAbsent(String.valueOf(from), new Paper(null, ground, from));
        }
        List<Paper> found = new ArrayList<>();
        bySource.forEach((from, those) -> found.add(new Paper(String.join(", ", those), papers.get(from).ground(), papers.get(from).from())));
        return found;
    }

    /**
     * Whether one of {@code other}'s selectors is {@code selector} in another spelling, so that {@code other}, writing no colour,
     * takes the colour of {@code selector}'s rule and checks the pair itself; a less specific one ({@code .tip} for
     * {@code .tip:hover}) does not.
     */
    private static boolean same(StyleBlocks.Block other, String selector) {
        return TopLevelCommas.split(other.selectors()).stream().anyMatch(s -> SameElement.covers(s, selector) && SameElement.covers(selector, s));
    }
}
