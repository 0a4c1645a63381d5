package guide.style;

import java.util.Comparator;
import java.util.List;

/**
 * The specificity of a selector as Selectors Level 4 counts it (section 17, https://www.w3.org/TR/selectors-4/#specificity-rules):
 * ids, then classes, attributes and pseudo-classes, then types and pseudo-elements, compared in that order, so that one id
 * outranks any number of classes and one class any number of types. {@code :where()} counts nothing, and {@code :is()},
 * {@code :not()} and {@code :has()} count their most specific argument. Each simple selector counts as often as it is written
 * ({@code .tip.tip} is two classes, the designer's way to raise a rule over {@code p.tip}). Kept as three counts rather than
 * one number, for {@link SameElement} to pick the rule the cascade gives, as a sum with weights (ids by 10,000, classes by
 * 100) lets 100 classes tie with an id and 101 types beat a class.
 *
 * @param ids     the ids
 * @param classes the classes, attributes and pseudo-classes
 * @param types   the element types and pseudo-elements
 */
public record Specificity(int ids, int classes, int types) implements Comparable<Specificity> {
    /** The specificity of {@code *} and of {@code :where()}. */
    public static final Specificity ZERO = new Specificity(0, 0, 0);

    private static final Comparator<Specificity> ORDER = Comparator.comparingInt(Specificity::ids)
            .thenComparingInt(Specificity::classes).thenComparingInt(Specificity::types);

    /** The specificity of one complex selector ({@code .x p::before}), not of a list. */
    public static Specificity of(String selector) {
        List<String> parts = SelectorParts.parts(selector.strip());
        Specificity sum = ZERO;
        for (int i = 0; i < parts.size(); i += 2) {
            for (String simple : SameElement.written(parts.get(i))) {
                sum = sum.plus(simple(simple));
            }
        }
        return sum;
    }

    private static Specificity simple(String simple) {
        if (simple.startsWith("#")) {
            return new Specificity(1, 0, 0);
        }
        if (simple.startsWith("::") || !simple.startsWith(".") && !simple.startsWith("[") && !simple.startsWith(":")) {
            return new Specificity(0, 0, 1);
        }
        String name = simple.split("\\(", 2)[0];
        if (name.equals(":where")) {
            return ZERO;
        }
        if (name.equals(":is") || name.equals(":not") || name.equals(":has")) {
            return TopLevelCommas.split(simple.substring(name.length() + 1, simple.length() - 1)).stream()
                    .map(argument -> argument.isBlank() ? ZERO : of(argument.replaceFirst("^\\s*[>+~]", "")))
                    .max(Comparator.naturalOrder()).orElse(ZERO);
        }
        return new Specificity(0, 1, 0);
    }

    /** The counts of this and {@code other} added. */
    public Specificity plus(Specificity other) {
        return new Specificity(ids + other.ids, classes + other.classes, types + other.types);
    }

    /** Ids first, then classes, then types. */
    @Override
    public int compareTo(Specificity other) {
        return ORDER.compare(this, other);
    }
}
