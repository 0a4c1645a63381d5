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
                problems.add(new Problem(file, lineBefore(translation, s, source), "section '" + s.id() + "' is missing (it is on line " + s.line() + origin
                        + "): add '## " + s.title() + " {#" + s.id() + "}' and its statements, translated"));
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
            for (int i = 0; i < s.items().size(); i++) {
                ChecklistItem item = s.items().get(i);
                if (translation.item(item.id()).isEmpty() && sections.containsKey(s.id())) {
                    problems.add(missingStatement(file, sections.get(s.id()), s, i, origin));
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
                int after = translation.bands().isEmpty() ? 1 : translation.bands().get(translation.bands().size() - 1).line();
                problems.add(new Problem(file, after, "band '" + band.id() + "' is missing (it is on line " + band.line() + origin
                        + "): add '### " + band.title() + " {#" + band.id() + " points=" + band.min() + "-" + band.max() + "}' and its advice, translated"));
            }
        }
    }

    /**
     * "statement 'x' is missing: add this line to section 'y' after line 12: - [ ] (source text) {#x points=2}":
     * where it goes (after the statement that precedes it in the source, else at the top of the
     * section) and the line itself, with the source's text to translate.
     */
    private static Problem missingStatement(Path file, ChecklistSection here, ChecklistSection there, int index, String origin) {
        int after = here.line();
        String afterWhat = "its heading";
        for (int k = index - 1; k >= 0; k--) {
            String previous = there.items().get(k).id();
            var found = here.items().stream().filter(it -> it.id().equals(previous)).findFirst();
            if (found.isPresent()) {
                after = found.get().line();
                afterWhat = "statement '" + previous + "'";
                break;
            }
        }
        ChecklistItem item = there.items().get(index);
        String line = "- [ ] " + item.text() + " {#" + item.id() + " points=" + item.points() + (item.decides() == null ? "" : " decides=" + item.decides()) + "}";
        return new Problem(file, after, "statement '" + item.id() + "' is missing (it is on line " + item.line() + origin + "): add this line to section '"
                + here.id() + "' after " + afterWhat + ", with its text translated: " + line);
    }

    /** The line after which a missing section belongs: the end of the section that precedes it in the source, else 1. */
    private static int lineBefore(Checklist translation, ChecklistSection missing, Checklist source) {
        int index = source.sections().indexOf(missing);
        for (int k = index - 1; k >= 0; k--) {
            String previous = source.sections().get(k).id();
            var found = translation.sections().stream().filter(s -> s.id().equals(previous)).findFirst();
            if (found.isPresent()) {
                ChecklistSection s = found.get();
                return s.items().isEmpty() ? s.line() : s.items().get(s.items().size() - 1).line();
            }
        }
        return 1;
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
