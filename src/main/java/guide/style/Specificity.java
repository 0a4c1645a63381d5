package guide.style;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specificity of a selector as Selectors Level 4 counts it (section 17, https://www.w3.org/TR/selectors-4/#specificity-rules):
 * ids, then classes, attributes and pseudo-classes, then types and pseudo-elements, compared in that order, so that one id
 * outranks any number of classes and one class any number of types. {@code :where()} counts nothing, {@code :is()},
 * {@code :not()} and {@code :has()} count their most specific argument, and {@code :nth-child(An+B of S)} and
 * {@code :nth-last-child(An+B of S)} count as a pseudo-class plus the most specific selector of {@code S} (section 17):
 * {@code li:nth-child(odd of .done)} is (0,2,1), as {@code li.done:nth-child(odd)} is. Each simple selector counts as often as it is written
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

    /** The argument of {@code :nth-child(An+B of S)}: {@code S} after the keyword {@code of}, which no {@code An+B} holds. */
    private static final Pattern NTH_OF = Pattern.compile("(?is).*?\\sof\\s+(.*)");
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
        String argument = simple.endsWith(")") && simple.contains("(") ? simple.substring(name.length() + 1, simple.length() - 1) : "";
        if (name.equals(":is") || name.equals(":not") || name.equals(":has")) {
            return mostSpecific(argument);
        }
        Matcher of = NTH_OF.matcher(argument);
        if ((name.equals(":nth-child") || name.equals(":nth-last-child")) && of.matches()) {
            return new Specificity(0, 1, 0).plus(mostSpecific(of.group(1)));
        }
        return new Specificity(0, 1, 0);
    }

    /** The specificity of the most specific selector of {@code list}, a relative one ({@code > .a}) counted without its combinator. */
    private static Specificity mostSpecific(String list) {
        return TopLevelCommas.split(list).stream()
                .map(argument -> argument.isBlank() ? ZERO : of(argument.replaceFirst("^\\s*[>+~]", "")))
                .max(Comparator.naturalOrder()).orElse(ZERO);
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
