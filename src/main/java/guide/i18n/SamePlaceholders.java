package guide.i18n;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every language's text for a UI key holds the same {@code {name}} placeholders as the
 * first language's. A translation that drops {@code {date}} shows readers a sentence without its
 * date, and one that misspells it as {@code {data}} shows the braces; both built without a word
 * before. The first language of {@code site.languages} is the reference, since the others are
 * translated from it; a plural string counts with all its forms.
 */
final class SamePlaceholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_]+}");

    private SamePlaceholders() {
    }

    /** The placeholders found in these texts, sorted. */
    static Set<String> in(Collection<String> texts) {
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /**
     * Adds a problem for each key whose placeholders differ from the first language's, at the line
     * of the other language's file, unless a problem is already reported at that line.
     *
     * @param placeholders language code to key to the placeholders of its texts
     * @param keyLines language code to key to its line
     * @param shown the file to name for a language code
     */
    static void check(List<String> codes, Map<String, Map<String, Set<String>>> placeholders, Map<String, Map<String, Integer>> keyLines,
                      Function<String, Path> shown, List<Problem> problems) {
        if (codes.isEmpty()) {
            return;
        }
        String reference = codes.get(0);
        Map<String, Set<String>> expected = placeholders.getOrDefault(reference, Map.of());
        for (String lang : codes.subList(1, codes.size())) {
            Map<String, Set<String>> actual = placeholders.getOrDefault(lang, Map.of());
            expected.forEach((key, names) -> {
                Set<String> own = actual.get(key);
                Integer line = keyLines.getOrDefault(lang, Map.of()).get(key);
                if (own == null || line == null || own.equals(names) || reportedAt(problems, shown.apply(lang), line)) {
                    return;
                }
                problems.add(new Problem(shown.apply(lang), line, message(key, names, own, reference)));
            });
        }
    }

    private static String message(String key, Set<String> expected, Set<String> own, String reference) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(own);
        Set<String> extra = new TreeSet<>(own);
        extra.removeAll(expected);
        String uses = expected.isEmpty() ? "none" : String.join(", ", expected);
        if (!missing.isEmpty()) {
            String instead = extra.isEmpty() ? "" : " (it has " + String.join(", ", extra) + " instead, which nothing fills in)";
            return "'" + key + "' has no " + String.join(", ", missing) + ", which " + reference + ".yaml's text has" + instead + ": a {name} is where"
                    + " the builder or a script puts a value, so keep each of " + reference + ".yaml's (" + uses + ") in your sentence, wherever your"
                    + " language needs it";
        }
        return "'" + key + "' has " + String.join(", ", extra) + ", which " + reference + ".yaml's text does not have: nothing fills it in, so readers"
                + " would see the braces; use the names " + reference + ".yaml uses (" + uses + ")";
    }

    private static boolean reportedAt(List<Problem> problems, Path file, int line) {
        return problems.stream().anyMatch(p -> p.file().equals(file) && p.line() == line);
    }
}
