package guide.check;

import guide.style.Declaration;
import guide.style.StyleBlocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The background the text of a rule is drawn on, for {@link RuleContrast}: the rule's own, or, when it paints none, the one
 * another rule for the same selector paints ({@code .skip-link} paints its background in one rule and writes its colour in
 * the next), the last that applies wherever the rule does (outside any at-rule or under the same ones), as {@link
 * InheritedColour} finds the text colour of a rule that paints a background. Without one the text is on the page's
 * {@code --bg}. Held to the page's {@code --bg} instead, {@code .skip-link}'s {@code color: var(--bg)} would be a false alarm.
 * When that other rule writes no colour and is under the same at-rules as this one, it checks the pair itself (its text
 * takes this rule's colour), so the selector is left out here, not checked twice.
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

    /** The rule's last {@code background} or {@code background-color}; null when it sets none, or none of its own. */
    static Declaration own(StyleBlocks.Block block) {
        Declaration ground = null;
        for (Declaration d : block.declarations()) {
            ground = d.name().equals("background") || d.name().equals("background-color") ? d : ground;
        }
        return ground == null || NO_GROUND.matcher(ground.value().toLowerCase(Locale.ROOT)).matches() ? null : ground;
    }

    /**
     * The backgrounds the text of {@code block}'s selectors is on, {@code block} painting none, in the order of the selectors;
     * those whose pair another rule checks are left out.
     */
    static List<Paper> of(List<InheritedColour.Placed> page, StyleBlocks.Block block) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        Map<String, Paper> papers = new LinkedHashMap<>();
        for (String selector : Arrays.stream(block.selectors().split(",")).map(String::strip).toList()) {
            InheritedColour.Placed other = null;
            for (InheritedColour.Placed p : page) {
                boolean applies = p.block().conditions().isEmpty() || p.block().conditions().equals(block.conditions());
                other = p.block() != block && applies && p.block().selects(selector) && own(p.block()) != null ? p : other;
            }
            Declaration colour = other == null ? null : other.block().last("color");
            boolean takes = colour == null || InheritedColour.INHERITS.matcher(colour.value()).matches();
            if (other != null && takes && other.block().conditions().equals(block.conditions())) {
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
}
