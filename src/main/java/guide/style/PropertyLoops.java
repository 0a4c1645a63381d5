package guide.style;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custom properties of a scheme that name each other in a loop, as CSS Custom Properties Level 1, section 2.3
 * "Resolving Dependency Cycles" (https://www.w3.org/TR/css-variables-1/#cycles) finds them: each {@code var()} in a
 * property's value is a step to the property it names, a fallback's too, and every property on a loop of steps is
 * guaranteed-invalid, so a {@code var(--a, #333)} of one takes its fallback, as the browser does. {@link VarColour} asks
 * here before it follows a property, which also keeps it from following a loop round and round.
 */
final class PropertyLoops {
    private static final Pattern NAMED = Pattern.compile("var\\(\\s*--([\\w-]+)");

    private final Map<String, Set<String>> reach = new HashMap<>();
    private final Map<String, Declaration> scheme;

    private PropertyLoops(Map<String, Declaration> scheme) {
        this.scheme = scheme;
    }

    /** The loops of {@code scheme}, a scheme's custom properties by name without their dashes. */
    static PropertyLoops of(Map<String, Declaration> scheme) {
        return new PropertyLoops(scheme);
    }

    /**
     * How a message names the loop {@code name} is on ({@code --a and --b name each other in a loop}, {@code --a names
     * itself}), or null when it is on none.
     */
    String loop(String name) {
        if (!reach(name).contains(name)) {
            return null;
        }
        List<String> members = scheme.keySet().stream().filter(m -> reach(name).contains(m) && reach(m).contains(name))
                .map(m -> "--" + m).toList();
        if (members.size() == 1) {
            return members.get(0) + " names itself";
        }
        return String.join(", ", members.subList(0, members.size() - 1)) + " and " + members.get(members.size() - 1)
                + " name each other in a loop";
    }

    /** The properties {@code name}'s value leads to, one step or more. */
    private Set<String> reach(String name) {
        Set<String> found = reach.get(name);
        if (found != null) {
            return found;
        }
        found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(steps(name));
        Set<String> queued = new HashSet<>(next);
        while (!next.isEmpty()) {
            String at = next.pop();
            found.add(at);
            for (String step : steps(at)) {
                if (queued.add(step)) {
                    next.add(step);
                }
            }
        }
        reach.put(name, found);
        return found;
    }

    private Set<String> steps(String name) {
        Set<String> steps = new LinkedHashSet<>();
        Declaration declaration = scheme.get(name);
        if (declaration != null) {
            Matcher named = NAMED.matcher(declaration.value());
            while (named.find()) {
                if (scheme.containsKey(named.group(1))) {
                    steps.add(named.group(1));
                }
            }
        }
        return steps;
    }
}
