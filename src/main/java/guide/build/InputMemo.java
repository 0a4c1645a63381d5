package guide.build;

import guide.site.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a check made of inputs that a page's save does not touch (the style sheets, the templates), with the problems it
 * found, kept until those inputs change: the preview's builds mostly follow a page's save, and reading the quiz's rules out
 * of every style sheet and every template again on each one cost about a third of a preview build at 2 × 1,000 pages.
 *
 * @param <K> what the inputs are known by: the sheets themselves (file and text), or a stamp of the files' sizes and times
 * @param <T> what the check makes of them
 */
final class InputMemo<K, T> {
    private K key;
    private T value;
    private List<Problem> problems = List.of();

    /**
     * {@code read}'s value for the inputs known by {@code now}, read again only when {@code now} differs from the last call's
     * key; the problems it found (then or now) are added to {@code into}.
     */
    synchronized T get(K now, BiFunction<K, List<Problem>, T> read, List<Problem> into) {
        if (key == null || !key.equals(now)) {
            List<Problem> found = new ArrayList<>();
            value = read.apply(now, found);
            problems = List.copyOf(found);
            key = now;
        }
        into.addAll(problems);
        return value;
    }
}
