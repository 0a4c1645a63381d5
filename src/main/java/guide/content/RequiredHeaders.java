package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header lines a page must have, and the keys the guide does not know. A missing required key is named with the
 * line to add ("missing required header 'summary': add a line summary=…"); a typo of a required key that is missing is
 * an error that names it ("unknown header 'tittle': did you mean 'title'? (title is required)"), not a second problem
 * about the key being missing; any other unknown key is a warning, as the build ignores it. A 404 page, which no list,
 * search or feed shows, needs no author or summary.
 */
final class RequiredHeaders {
    private static final List<String> REQUIRED = List.of("title", "date", "type", "status", "translationKey");
    private static final List<String> REQUIRED_FOR_READERS = List.of("author", "summary");
    private static final String SUMMARY = ": add a line summary=… with one or two sentences about the page; they describe it in article"
            + " lists, search results, link previews and the feed";
    /** What to write for a required header that is missing, after "missing required header 'key'". */
    private static final Map<String, String> MISSING = Map.of(
            "summary", SUMMARY,
            "title", ": add a line title=… with the page's title",
            "date", ": add a line date=yyyy-MM-dd with the day the page is first published",
            "type", ": add a line type=… with one of " + DocumentType.choices(),
            "status", ": add a line status=published, or status=draft for a page not published yet",
            "translationKey", ": add a line translationKey=… with a name of ASCII letters, digits, '-' or '_' (pricing-a-project),"
                    + " the same on the page's version in each language",
            "author", ": add a line author=… with the key of its author in content/authors.yaml");

    private RequiredHeaders() {
    }

    /** Adds a problem for each required key the header lacks, and for each key the guide does not know. */
    static void check(Path shown, FrontMatter fm, List<Problem> problems) {
        boolean notFound = DocumentType.fromHeader(String.valueOf(fm.get("type"))).orElse(null) == DocumentType.NOTFOUND;
        List<String> required = new ArrayList<>(REQUIRED);
        if (!notFound) {
            required.addAll(REQUIRED_FOR_READERS);
        }
        Set<String> explained = new HashSet<>();
        for (String key : fm.values().keySet()) {
            if (HeaderKeys.isKnown(key)) {
                continue;
            }
            Optional<String> meant = HeaderKeys.nearest(key);
            if (meant.isPresent() && required.contains(meant.get()) && fm.get(meant.get()) == null) {
                problems.add(new Problem(shown, fm.lineOf(key), "unknown header '" + key + "': did you mean '" + meant.get() + "'? ("
                        + meant.get() + " is required)"));
                explained.add(meant.get());
            } else {
                problems.add(Problem.warning(shown, fm.lineOf(key), "unknown header '" + key + "' is ignored" + meant.map(m -> ": did you mean '" + m + "'?")
                        .orElse(" (known: " + String.join(", ", HeaderKeys.KNOWN) + ")")));
            }
        }
        for (String key : required) {
            if (fm.get(key) == null && !explained.contains(key)) {
                problems.add(new Problem(shown, 1, "missing required header '" + key + "'" + MISSING.getOrDefault(key, "")));
            }
        }
    }
}
