package guide.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rule's declaration an element a selector styles gets, for the contrast checks' look-ups of a colour, a background or a
 * {@code content} written in another rule: a rule styles every element of {@code div.tip} when its selector is the same but for
 * fewer simple selectors in its last compound ({@code .tip}, {@code div}; {@code .skip-link} for {@code .skip-link:visited}),
 * with the same compounds before it (compared as sets of simple selectors) and the same pseudo-element ({@code :before} read as
 * {@code ::before}). Of those, the most specific ({@link Specificity}) wins, then the last, as in the cascade (Selectors
 * Level 4, section 17, https://www.w3.org/TR/selectors-4/#specificity-rules). Matching the selectors as written, a designer's {@code div.tip} would
 * miss the colour {@code .tip} writes. A rule for a selector this does not see as covering the element (one that needs the
 * markup to tell, {@code .box > p} for {@code .box p}) is left out, as the style sheets alone cannot say it applies.
 */
public final class SameElement {
    private static final Pattern LEGACY = Pattern.compile(":(before|after|first-line|first-letter)");
    private static final Pattern LIST = Pattern.compile(":(?i:is|where)\\(");

    private SameElement() {
    }

    /**
     * Of {@code rules} (in the order of the page), the one whose selectors style every element {@code wanted} does, the most
     * specific and then the last; null when none does.
     */
    public static <T> T winner(List<T> rules, Function<T, String> selectors, String wanted) {
        T found = null;
        Specificity best = null;
        for (T rule : rules) {
            Specificity specificity = TopLevelCommas.split(selectors.apply(rule)).stream()
                    .filter(selector -> alternatives(selector).stream().anyMatch(alternative -> covers(alternative, wanted)))
                    .map(Specificity::of).max(Comparator.naturalOrder()).orElse(null);
            if (specificity != null && (best == null || specificity.compareTo(best) >= 0)) {
                found = rule;
                best = specificity;
            }
        }
        return found;
    }

    /** Whether {@code selector} styles every element {@code wanted} does, as above. */
    public static boolean covers(String selector, String wanted) {
        List<String> own = SelectorParts.parts(selector.strip());
        List<String> other = SelectorParts.parts(wanted.strip());
        if (own.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < own.size() - 1; i++) {
            boolean same = i % 2 == 1 ? own.get(i).equals(other.get(i)) : new HashSet<>(simples(own.get(i))).equals(new HashSet<>(simples(other.get(i))));
            if (!same) {
                return false;
            }
        }
        List<String> subject = simples(own.get(own.size() - 1));
        List<String> target = simples(other.get(other.size() - 1));
        return subject.stream().filter(s -> s.startsWith("::")).toList().equals(target.stream().filter(s -> s.startsWith("::")).toList())
                && target.containsAll(subject);
    }

    /**
     * The selectors {@code selector} is one of when it holds {@code :is()} or {@code :where()} of a list: {@code :is(.tip, .note)}
     * styles what {@code .tip} and {@code .note} do, so a rule for it paints {@code .tip}. An argument with a combinator is left as
     * written (it needs the markup to tell), and so is the selector.
     */
    static List<String> alternatives(String selector) {
        Matcher m = LIST.matcher(selector);
        while (m.find()) {
            int open = m.end();
            int depth = 1;
            int close = open;
            while (close < selector.length() && depth > 0) {
                char c = selector.charAt(close++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            List<String> arguments = TopLevelCommas.split(selector.substring(open, close - 1)).stream().map(String::strip).toList();
            if (depth == 0 && arguments.stream().noneMatch(a -> a.isEmpty() || a.matches(".*[\\s>+~].*"))) {
                List<String> found = new ArrayList<>();
                for (String argument : arguments) {
                    found.addAll(alternatives(selector.substring(0, m.start()) + argument + selector.substring(close)));
                }
                return found;
            }
        }
        return List.of(selector);
    }

    /**
     * The simple selectors of {@code compound}: its element type lower-cased ({@code *} left out, as it adds nothing), ids,
     * classes, attributes, pseudo-classes and pseudo-elements, the last two lower-cased and {@code :before} written
     * {@code ::before}.
     */
    static List<String> simples(String compound) {
        return List.copyOf(new LinkedHashSet<>(written(compound)));
    }

    /** The simple selectors of {@code compound} as {@link #simples} gives them, but each as often as it is written. */
    static List<String> written(String compound) {
        List<String> found = new ArrayList<>();
        StringBuilder simple = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < compound.length(); i++) {
            char c = compound.charAt(i);
            boolean starts = depth == 0 && (c == '.' || c == '#' || c == '[' || c == ':' && (i == 0 || compound.charAt(i - 1) != ':'));
            if (starts && simple.length() > 0) {
                found.add(simple.toString());
                simple.setLength(0);
            }
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            simple.append(c);
        }
        found.add(simple.toString());
        List<String> kept = new ArrayList<>();
        for (String s : found) {
            boolean pseudo = s.startsWith(":");
            int name = s.indexOf('(') < 0 ? s.length() : s.indexOf('(');
            String written = pseudo || !s.startsWith(".") && !s.startsWith("#") && !s.startsWith("[")
                    ? s.substring(0, name).toLowerCase(Locale.ROOT) + s.substring(name) : s;
            if (!written.equals("*") && !written.isEmpty()) {
                kept.add(pseudo && !written.startsWith("::") && LEGACY.matcher(written).matches() ? ":" + written : written);
            }
        }
        return kept;
    }
}
