package guide.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a successful build made: pages per language, warnings, time taken.
 *
 * @param pagesByLanguage HTML pages written, per language code ("" for the root page)
 */
public record BuildReport(Path output, Map<String, Integer> pagesByLanguage, List<String> warnings, long millis) {

    /** The one-screen summary printed after a build. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        int total = pagesByLanguage.values().stream().mapToInt(Integer::intValue).sum();
        s.append("Built ").append(total).append(" pages into ").append(output).append('\n');
        pagesByLanguage.forEach((lang, count) -> s.append("  ").append(lang.isEmpty() ? "(root)" : lang).append(": ")
                .append(count).append(" pages\n"));
        s.append("  warnings: ").append(warnings.size()).append('\n');
        warnings.forEach(w -> s.append("    ").append(w).append('\n'));
        s.append(String.format("  time: %.1f s%n", millis / 1000.0));
        return s.toString();
    }
}
