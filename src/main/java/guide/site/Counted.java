package guide.site;

/**
 * A number with its counted word, as the English tool text (the console, the preview's messages) writes it: "1 page",
 * "2 pages", "0 pages". One place for the rule, so that no summary line says "1 pages" or "fix the problems" of one.
 */
public final class Counted {
    private Counted() {
    }

    /** {@code n} and {@code one} when it is 1, else {@code n} and {@code many}: "1 file", "36 files". */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
