package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A translator may change the words of a checklist, never its scoring: the translation must have
 * the source's sections, the same statements in the same sections with the same points and the
 * same {@code decides=}, and the same bands with the same ranges. Each difference names both files.
 */
public final class ChecklistComparison {
    private ChecklistComparison() {
    }

    public static void compare(Checklist source, Checklist translation, List<Problem> problems) {
        Path from = source.source();
        Path file = translation.source();
        String origin = " in " + from.toString().replace('\\', '/');

        Map<String, ChecklistSection> sourceSections = byId(source.sections(), ChecklistSection::id);
        Map<String, ChecklistSection> sections = byId(translation.sections(), ChecklistSection::id);
        for (ChecklistSection s : source.sections()) {
            if (!sections.containsKey(s.id())) {
                problems.add(new Problem(file, 1, "section '" + s.id() + "' is missing (it is on line " + s.line() + origin + ")"));
            }
        }
        for (ChecklistSection s : translation.sections()) {
            if (!sourceSections.containsKey(s.id())) {
                problems.add(new Problem(file, s.line(), "section '" + s.id() + "' is not" + origin));
            }
            for (ChecklistItem item : s.items()) {
                var original = source.item(item.id());
                if (original.isEmpty()) {
                    problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is not" + origin));
                    continue;
                }
                String originalSection = source.sectionOf(item.id()).orElseThrow().id();
                if (!originalSection.equals(s.id())) {
                    problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is in section '" + s.id() + "' here but in '"
                            + originalSection + "'" + origin + ":" + original.get().line()));
                }
                if (original.get().points() != item.points()) {
                    problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is worth " + points(item.points()) + " here but "
                            + points(original.get().points()) + origin + ":" + original.get().line()));
                }
                if (!java.util.Objects.equals(original.get().decides(), item.decides())) {
                    problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' " + decides(item) + " here but "
                            + decides(original.get()) + origin + ":" + original.get().line()));
                }
            }
        }
        for (ChecklistSection s : source.sections()) {
            for (ChecklistItem item : s.items()) {
                if (translation.item(item.id()).isEmpty()) {
                    problems.add(new Problem(file, 1, "statement '" + item.id() + "' is missing (it is on line " + item.line() + origin + ")"));
                }
            }
        }
        Map<String, ResultBand> sourceBands = byId(source.bands(), ResultBand::id);
        Map<String, ResultBand> bands = byId(translation.bands(), ResultBand::id);
        for (ResultBand band : translation.bands()) {
            ResultBand original = sourceBands.get(band.id());
            if (original == null) {
                problems.add(new Problem(file, band.line(), "band '" + band.id() + "' is not" + origin));
            } else if (original.min() != band.min() || original.max() != band.max()) {
                problems.add(new Problem(file, band.line(), "band '" + band.id() + "' covers " + band.min() + "-" + band.max() + " here but "
                        + original.min() + "-" + original.max() + origin + ":" + original.line()));
            }
        }
        for (ResultBand band : source.bands()) {
            if (!bands.containsKey(band.id())) {
                problems.add(new Problem(file, 1, "band '" + band.id() + "' is missing (it is on line " + band.line() + origin + ")"));
            }
        }
    }

    private static String decides(ChecklistItem item) {
        return item.decides() == null ? "decides nothing" : "decides=" + item.decides();
    }

    private static String points(int n) {
        return n + (n == 1 ? " point" : " points");
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a));
    }
}
