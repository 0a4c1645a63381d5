package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A translator may change the words of a checklist, never its scoring: the translation must have
 * the source's sections, the same statements in the same sections with the same points and the
 * same {@code decides=}, and the same bands with the same ranges. Each difference names both files. A {@code decides=} that
 * names no band of its own file is that file's error alone, not a difference. The source's own instruction
 * ({@code {#how-to}}) must be translated too. Bands are compared only once the source's are
 * sound (they cover every score from 0 to the sum of its points, once): until then the source's error is the one to mend, and
 * a translation told to copy its ranges would copy the fault.
 */
public final class ChecklistComparison {
    private final Checklist source;
    private final Checklist translation;
    private final Path file;
    /** " in content/pl/test.md", after what a message says of the source. */
    private final String origin;
    private final List<Problem> problems;

    private ChecklistComparison(Checklist source, Checklist translation, List<Problem> problems) {
        this.source = source;
        this.translation = translation;
        this.file = translation.source();
        this.origin = " in " + source.source().toString().replace('\\', '/');
        this.problems = problems;
    }

    public static void compare(Checklist source, Checklist translation, List<Problem> problems) {
        ChecklistComparison comparison = new ChecklistComparison(source, translation, problems);
        comparison.missingSections();
        comparison.sectionsAndStatements();
        comparison.missingStatements();
        comparison.howTo();
        if (ChecklistParser.bandsSound(source)) {
            comparison.bands();
            comparison.missingBands();
        }
    }

    /**
     * The source's own instruction, which the translation lacks: its page would show the interface's ({@code quizHowTo}),
     * written for another quiz. It goes in the intro, above the first section. An instruction only the translation has
     * tells its readers what the source's are not told: it belongs in the source first.
     */
    private void howTo() {
        if (source.howTo().line() == 0 && translation.howTo().line() != 0) {
            problems.add(new Problem(file, translation.howTo().line(), "this quiz's own instruction is not in its source," + origin.substring(3)
                    + ", whose page shows the interface's (quizHowTo): write it in the source first, then translate it here, or delete it here"));
        }
        if (source.howTo().line() != 0 && translation.howTo().line() == 0) {
            int line = translation.sections().isEmpty() ? 1 : translation.sections().get(0).line();
            problems.add(new Problem(file, line, "the quiz's own instruction is missing (it is on line " + source.howTo().line() + origin
                    + "): add it to the intro, above the first ## section, translated and ending with " + QuizMarkdown.HOW_TO + ": "
                    + source.howTo().text() + " " + QuizMarkdown.HOW_TO));
        }
    }

    /** Sections of the source the translation lacks, each with where it belongs. */
    private void missingSections() {
        Map<String, ChecklistSection> sections = byId(translation.sections(), ChecklistSection::id);
        for (ChecklistSection s : source.sections()) {
            if (!sections.containsKey(s.id())) {
                problems.add(new Problem(file, lineBefore(s), "section '" + s.id() + "' is missing (it is on line " + s.line() + origin
                        + "): add '## " + s.title() + " {#" + s.id() + "}' and its statements, translated"));
            }
        }
    }

    /** The translation's sections and statements that the source does not have, or has otherwise. */
    private void sectionsAndStatements() {
        Map<String, ChecklistSection> sourceSections = byId(source.sections(), ChecklistSection::id);
        for (ChecklistSection s : translation.sections()) {
            if (!sourceSections.containsKey(s.id())) {
                problems.add(new Problem(file, s.line(), "section '" + s.id() + "' is not" + origin));
            }
            for (ChecklistItem item : s.items()) {
                statement(s, item);
            }
        }
    }

    /** One statement of the translation against the source's: its section, points and decision. */
    private void statement(ChecklistSection section, ChecklistItem item) {
        var found = source.item(item.id());
        if (found.isEmpty()) {
            problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is not" + origin));
            return;
        }
        ChecklistItem original = found.get();
        String at = origin + ":" + original.line();
        String originalSection = source.sectionOf(item.id()).orElseThrow().id();
        if (!originalSection.equals(section.id())) {
            problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is in section '" + section.id() + "' here but in '"
                    + originalSection + "'" + at));
        }
        if (original.points() != item.points()) {
            problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' is worth " + points(item.points()) + " here but "
                    + points(original.points()) + at));
        }
        if (!Objects.equals(original.decides(), item.decides()) && namesABand(source, original) && namesABand(translation, item)) {
            problems.add(new Problem(file, item.line(), "statement '" + item.id() + "' " + decides(item) + " here but " + decides(original) + at));
        }
    }

    /** Statements of the source missing from a section the translation has. */
    private void missingStatements() {
        Map<String, ChecklistSection> sections = byId(translation.sections(), ChecklistSection::id);
        for (ChecklistSection s : source.sections()) {
            for (int i = 0; i < s.items().size(); i++) {
                ChecklistItem item = s.items().get(i);
                if (translation.item(item.id()).isEmpty() && sections.containsKey(s.id())) {
                    problems.add(missingStatement(sections.get(s.id()), s, i));
                }
            }
        }
    }

    /** The translation's bands that the source does not have, or with another range. */
    private void bands() {
        Map<String, ResultBand> sourceBands = byId(source.bands(), ResultBand::id);
        for (ResultBand band : translation.bands()) {
            ResultBand original = sourceBands.get(band.id());
            if (original == null) {
                problems.add(new Problem(file, band.line(), "band '" + band.id() + "' is not" + origin));
            } else if (original.min() != band.min() || original.max() != band.max()) {
                problems.add(new Problem(file, band.line(), "band '" + band.id() + "' covers " + band.min() + "-" + band.max() + " here but "
                        + original.min() + "-" + original.max() + origin + ":" + original.line()));
            }
        }
    }

    /** Bands of the source the translation lacks: they go after its last band. */
    private void missingBands() {
        Map<String, ResultBand> bands = byId(translation.bands(), ResultBand::id);
        for (ResultBand band : source.bands()) {
            if (!bands.containsKey(band.id())) {
                int after = translation.bands().isEmpty() ? 1 : translation.bands().get(translation.bands().size() - 1).line();
                problems.add(new Problem(file, after, "band '" + band.id() + "' is missing (it is on line " + band.line() + origin
                        + "): add '### " + band.title() + " {#" + band.id() + " points=" + band.min() + "-" + band.max() + "}' and its advice, translated"));
            }
        }
    }

    /**
     * "statement 'x' is missing (it is on line 12 in content/pl/q.md): add this line to section 'y' after
     * statement 'w', with its text translated: - [ ] (source text) {#x points=2}":
     * where it goes (after the statement that precedes it in the source, else "after its heading",
     * at the top of the section) and the line itself, with the source's text to translate.
     */
    private Problem missingStatement(ChecklistSection here, ChecklistSection there, int index) {
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
    private int lineBefore(ChecklistSection missing) {
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

    /**
     * Whether the statement's {@code decides=} is absent or names a band of its own checklist: one that names no band is
     * reported at its own file:line by {@link ChecklistParser}, and is not also blamed on the other language's file.
     */
    private static boolean namesABand(Checklist checklist, ChecklistItem item) {
        return item.decidesBand().map(band -> checklist.bands().stream().anyMatch(b -> b.id().equals(band))).orElse(true);
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
