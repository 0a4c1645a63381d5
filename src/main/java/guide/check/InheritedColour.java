package guide.check;

import guide.style.Declaration;
import guide.style.SameElement;
import guide.style.SelectorParts;
import guide.style.StyleBlocks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the text of a rule that writes no {@code color} of its own gets its colour, for {@link RuleContrast} to hold to
 * the rule's background, the first of: another rule for the same element that writes one ({@code .skip-link} sets its
 * background in one rule and its colour in the next; {@code .tip}'s colour is {@code div.tip}'s too, {@link SameElement}); a rule for the element type the selector's last compound names
 * ({@code a} for {@code .note a}), which styles the element itself and so wins over any colour it would inherit; a rule for
 * a compound the last one is inside ({@code .note}, the nearest first), whose colour its text inherits; else the page, the
 * last {@code color} a {@code body} rule (or, without one, an {@code html} rule) writes. Each rule outside any at-rule or
 * under the same ones, the last one that writes a colour. An element between the box and the text may set another colour
 * in the markup, which the style sheets alone do not tell, so the warning says which rule's colour it took and that a
 * {@code color} of the rule's own settles it.
 */
final class InheritedColour {
    /** A text colour that takes its parent's. */
    static final Pattern INHERITS = Pattern.compile("inherit|unset|revert|revert-layer|currentcolor", Pattern.CASE_INSENSITIVE);

    /** A rule of a style sheet the page loads, and that sheet's file. */
    record Placed(Path file, StyleBlocks.Block block) {
    }

    /**
     * The colour the text of {@code selectors} takes.
     *
     * @param colour    the {@code color} declaration it comes from
     * @param from      how a message says where it comes from
     * @param selectors the rule's selectors that take it, comma-separated
     * @param page      whether it is a colour the rule takes from a rule for other things (the page's, an ancestor's, its
     *                  element type's), which a colour of the rule's own would settle, rather than one another rule for the
     *                  same selector writes
     */
    record Source(Declaration colour, String from, String selectors, boolean page) {
    }

    private InheritedColour() {
    }

    /**
     * The colours the text of {@code selectors} (of {@code block}) takes, one per source, in the order of the selectors;
     * selectors with no colour to take (no {@code body} or {@code html} rule writes one) are left out.
     */
    static List<Source> of(List<Placed> page, StyleBlocks.Block block, List<String> selectors) {
        Placed body = pageColour(page, "body");
        Placed root = body == null ? pageColour(page, "html") : body;
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String selector : selectors) {
            Placed own = last(page, block, selector);
            String element = SelectorParts.element(selector);
            Placed type = own != null || element == null ? null : last(page, block, element);
            Placed ancestor = null;
            String inside = null;
            for (String compound : own != null || type != null ? List.<String>of() : SelectorParts.ancestors(selector)) {
                if (ancestor == null) {
                    ancestor = last(page, block, compound);
                    inside = compound;
                }
            }
            Placed taken = own != null ? own : type != null ? type : ancestor != null ? ancestor : root;
            if (taken == null) {
                continue;
            }
            Declaration colour = taken.block().last("color");
            String at = taken.file().toString().replace('\\', '/') + ":" + colour.line();
            String from = taken == root ? "its text takes the page's colour, " + colour.value() + " from " + at
                    : taken == ancestor ? "its text takes the colour of the " + inside + " it is inside, " + colour.value() + " from " + at
                    : "its text takes " + colour.value() + " from " + at + " (" + taken.block().selectors().replaceAll("\\s+", " ") + ")";
            bySource.computeIfAbsent(from, k -> new ArrayList<>()).add(selector);
            sources.putIfAbsent(from, new Source(colour, from, null, taken != own));
        }
        List<Source> found = new ArrayList<>();
        bySource.forEach((from, those) -> found.add(new Source(sources.get(from).colour(), from, String.join(", ", those), sources.get(from).page())));
        return found;
    }

    /**
     * The rule but {@code block} that applies where it does, writes a colour and styles every element {@code selector} does
     * ({@link SameElement}: {@code .tip} for {@code div.tip}), the most specific and then the last; or null.
     */
    private static Placed last(List<Placed> page, StyleBlocks.Block block, String selector) {
        List<Placed> colours = page.stream().filter(p -> p.block() != block && applies(p.block(), block) && writesColour(p.block())).toList();
        return SameElement.winner(colours, p -> p.block().selectors(), selector);
    }

    /** The last rule outside any at-rule for {@code element} alone that writes a colour of its own, or null. */
    private static Placed pageColour(List<Placed> page, String element) {
        Placed found = null;
        for (Placed p : page) {
            if (p.block().conditions().isEmpty() && p.block().selects(element) && writesColour(p.block())) {
                found = p;
            }
        }
        return found;
    }

    private static boolean applies(StyleBlocks.Block other, StyleBlocks.Block block) {
        return other.conditions().isEmpty() || other.conditions().equals(block.conditions());
    }

    private static boolean writesColour(StyleBlocks.Block block) {
        Declaration colour = block.last("color");
        return colour != null && !INHERITS.matcher(colour.value()).matches();
    }
}
