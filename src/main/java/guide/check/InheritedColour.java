package guide.check;

import guide.style.Declaration;
import guide.style.StyleBlocks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the text of a rule that writes no {@code color} of its own gets its colour, for {@link RuleContrast} to hold to
 * the rule's background: from another rule for the very same selector that writes one ({@code .skip-link} sets its
 * background in one rule and its colour in the next), outside any at-rule or under the same ones; else from the page, the
 * last {@code color} a {@code body} rule (or, without one, an {@code html} rule) outside any at-rule writes. That is the
 * colour of text whose ancestors write none; an element inside a box that sets its own colour ({@code .note}) shows that
 * box's, which the style sheets alone do not tell, so the warning says which colour it took and that a {@code color} of
 * the rule's own settles it.
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
     * @param page      whether it is the page's colour, rather than one another rule for the same selector writes
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
            Placed own = null;
            for (Placed p : page) {
                if (p.block() != block && applies(p.block(), block) && p.block().selects(selector) && writesColour(p.block())) {
                    own = p;
                }
            }
            Placed taken = own == null ? root : own;
            if (taken == null) {
                continue;
            }
            Declaration colour = taken.block().last("color");
            String at = taken.file().toString().replace('\\', '/') + ":" + colour.line();
            String from = own == null ? "its text takes the page's colour, " + colour.value() + " from " + at
                    : "its text takes " + colour.value() + " from " + at + " (" + own.block().selectors().replaceAll("\\s+", " ") + ")";
            bySource.computeIfAbsent(from, k -> new ArrayList<>()).add(selector);
            sources.putIfAbsent(from, new Source(colour, from, null, own == null));
        }
        List<Source> found = new ArrayList<>();
        bySource.forEach((from, those) -> found.add(new Source(sources.get(from).colour(), from, String.join(", ", those), sources.get(from).page())));
        return found;
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
