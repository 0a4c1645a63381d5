package guide.build;

import guide.site.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One template fault breaks every page that uses the template: reported once, with the number of
 * pages and the first of them, not once per page.
 */
final class TemplateFaults {
    private TemplateFaults() {
    }

    static List<Problem> samePlaceOnce(List<Problem> problems) {
        Map<String, List<Problem>> byPlace = new LinkedHashMap<>();
        for (Problem p : problems) {
            String message = p.message().replaceFirst(" \\(rendering [^)]*\\)$", "");
            byPlace.computeIfAbsent(p.file() + ":" + p.line() + ":" + message, k -> new ArrayList<>()).add(p);
        }
        List<Problem> merged = new ArrayList<>();
        for (List<Problem> same : byPlace.values()) {
            Problem first = same.stream().sorted(Comparator.comparing(Problem::message)).findFirst().orElseThrow();
            String message = first.message();
            if (same.size() > 1) {
                message = message.replaceFirst(" \\(rendering ([^)]*)\\)$", " (rendering $1 and " + (same.size() - 1) + " more)");
            }
            merged.add(new Problem(first.file(), first.line(), message));
        }
        return merged;
    }
}
