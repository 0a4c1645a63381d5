package guide.check;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.util.Locale;

/**
 * The elements that have an attribute, as the selector {@code [name]} finds them in a parsed page,
 * without its cost: jsoup's evaluator lower-cases the name again for every element it tests and
 * compares it with each attribute ignoring case, and the passes test every element of every page.
 * The HTML parser gives every attribute a lower-case name, so a lower-case name compared as it is
 * finds the same elements.
 */
public final class WithAttribute extends Evaluator {
    private final String name;

    private WithAttribute(String name) {
        this.name = name;
    }

    /** The evaluator for {@code [name]}; the name in lower case, as the parser writes it. */
    public static WithAttribute named(String name) {
        if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an attribute's name in lower case, as the HTML parser gives it: " + name);
        }
        return new WithAttribute(name);
    }

    @Override
    public boolean matches(Element root, Element element) {
        return element.attributesSize() > 0 && element.attributes().hasKey(name);
    }

    @Override
    public String toString() {
        return "[" + name + "]";
    }
}
