package guide.quiz;

import guide.content.FrontMatter;
import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a checklist written as Markdown an editor can translate:
 * <pre>
 * ## 1. Płatności {#late-payments}
 * - [ ] Two invoices were paid over 30 days late. {#invoices-late points=3}
 * - [ ] The client threatened you. {#threats points=4 decides=exit}
 * ## Wynik {#results}
 * ### Zostań przy kliencie {#keep points=0-7}
 * Advice with [links](/pl/...).
 * </pre>
 * Every fault is reported with its line: missing, duplicate (sections, statements and bands share
 * one set of ids) or over-long ids, points that are not a positive whole number, unknown attributes
 * or words in a statement's or band's {@code {…}}, statements without text or indented, a
 * {@code decides=} that names no band, bands that leave a gap, overlap or miss the maximum. {@link ChecklistReader} reads the lines; this
 * class checks what it read as a whole (sections and bands present, bands covering every score,
 * {@code decides=} naming a band); {@link Checklists} checks a translation's against its source's.
 */
public final class ChecklistParser {
    /** The id of the section that holds the result bands ({@code ## Wynik {#results}}). */
    public static final String RESULTS_ID = ChecklistReader.RESULTS_ID;

    private ChecklistParser() {
    }

    /**
     * The checklist if it is well-formed (its problems, band coverage included, go to {@code problems}), in a project
     * whose style sheets leave statements any points the parser takes ({@link AllowedPoints#ANY}).
     */
    public static Optional<Checklist> parse(Path source, FrontMatter frontMatter, List<Problem> problems) {
        Optional<Checklist> checklist = parseWellFormed(source, frontMatter, AllowedPoints.ANY, problems);
        checklist.ifPresent(c -> {
            checkCoverage(c, problems);
            checkDecisions(c, problems);
            checkMaximum(c, problems);
        });
        return checklist;
    }

    /**
     * Like {@link #parse(Path, FrontMatter, List)}, but without checking its bands ({@link #checkBands}) and its
     * {@code decides=} ({@link #checkDecisions}): a translation's bands are its source's ({@link ChecklistComparison}), and
     * a fault it copied from its source is the source's alone, named at the source's line ({@link Checklists}).
     * {@code allowedPoints} is what the error at points that are no whole number from 1 names.
     */
    static Optional<Checklist> parseWellFormed(Path source, FrontMatter frontMatter, AllowedPoints allowedPoints, List<Problem> problems) {
        int before = problems.size();
        int firstLine = frontMatter.bodyStartLine();
        QuizMarkdown markdown = QuizMarkdown.of(frontMatter.body());
        ChecklistReader reader = read(new ChecklistReader(source, allowedPoints, problems), frontMatter.body(), markdown, firstLine);
        QuizFootnotes.check(source, TextLines.lines(frontMatter.body()), reader.lines(), markdown, firstLine, problems);
        Checklist checklist = new Checklist(source, reader.intro(), reader.sections(), reader.bands(), reader.howTo());
        if (checklist.sections().isEmpty()) {
            problems.add(new Problem(source, firstLine, "the checklist has no sections: ## Title {#id} with - [ ] statements"));
        }
        if (checklist.bands().isEmpty()) {
            problems.add(new Problem(source, firstLine, noBands(checklist.maxPoints())));
        }
        // Well-formed: returned even if its bands are wrong, so a translation can still be compared
        // with its source (a translator who changed points learns that, not only the band error).
        return problems.size() > before ? Optional.empty() : Optional.of(checklist);
    }

    /**
     * The bands of a quiz that is no translation must cover every score from 0 to the sum of its points, once; its
     * translations' are held to them. Whether they do.
     */
    static boolean checkBands(Checklist checklist, List<Problem> problems) {
        int before = problems.size();
        checkCoverage(checklist, problems);
        checkMaximum(checklist, problems);
        return problems.size() == before;
    }

    /** Whether the bands of {@code checklist} cover every score from 0 to the sum of its points once ({@link #checkBands}). */
    static boolean bandsSound(Checklist checklist) {
        return checkBands(checklist, new ArrayList<>());
    }

    /**
     * What each line of a checklist's {@code body} is (line 0 being its first), read as {@link #parse} reads it,
     * whatever problems it has: for a tool that reads the same Markdown otherwise, so that the quiz has one reader.
     */
    public static ChecklistLines lines(String body) {
        return read(new ChecklistReader(Path.of(""), AllowedPoints.ANY, new ArrayList<>()), body, QuizMarkdown.of(body), 0).lines();
    }

    /** Whether a checklist's {@code body} writes its own instruction in its intro ({@link QuizHowTo}), whatever problems it has. */
    static boolean hasOwnHowTo(String body) {
        return read(new ChecklistReader(Path.of(""), AllowedPoints.ANY, new ArrayList<>()), body, QuizMarkdown.of(body), 0).howTo()
                != Checklist.HowTo.NONE;
    }

    /** Has {@code reader} read every line of {@code body} (cut by {@link TextLines}, as Markdown cuts them), numbered from {@code firstLine}. */
    private static ChecklistReader read(ChecklistReader reader, String body, QuizMarkdown markdown, int firstLine) {
        List<String> lines = TextLines.lines(body);
        for (int i = 0; i < lines.size(); i++) {
            reader.read(lines.get(i), firstLine + i, markdown.at(i));
        }
        reader.end();
        return reader;
    }

    /**
     * What to write when a checklist has no bands, with the range they cover: 0 to the sum of the points of its statements
     * ({@code max}), or, with none yet, to that sum as a word.
     */
    private static String noBands(int max) {
        String end = max > 0 ? String.valueOf(max) : "N";
        return "the checklist has no result bands: ## Title {#results}, then ### Band {#id points=0-" + end + "}, the bands together covering"
                + " every score from 0 to " + (max > 0 ? max + " (the sum of all points)" : "N, the sum of all points");
    }

    /** Bands must cover every possible score, 0 to the maximum, once. */
    private static void checkCoverage(Checklist checklist, List<Problem> problems) {
        List<ResultBand> sorted = checklist.bands().stream().sorted(Comparator.comparingInt(ResultBand::min)).toList();
        int expected = 0;
        for (ResultBand band : sorted) {
            if (band.min() > expected) {
                problems.add(new Problem(checklist.source(), band.line(), "bands leave a gap: " + scores(expected, band.min() - 1) + " no band: "
                        + startAt(band, expected)));
            } else if (band.min() < expected) {
                problems.add(new Problem(checklist.source(), band.line(), "bands overlap: band '" + band.id() + "' starts at " + band.min()
                        + " but scores up to " + (expected - 1) + " already have a band: " + (band.max() >= expected ? startAt(band, expected)
                        : "all its scores do, so give it scores above " + (expected - 1) + " or remove it")));
            }
            expected = Math.max(expected, band.max() + 1);
        }
    }

    /** The bands of a quiz that is no translation must end at the sum of its points (its translations' must too). */
    private static void checkMaximum(Checklist checklist, List<Problem> problems) {
        int max = checklist.maxPoints();
        ResultBand last = lastBand(checklist);
        int end = highestScore(checklist);
        if (end != max) {
            problems.add(new Problem(checklist.source(), last.line(), "bands must end at the maximum score " + max + " (the sum of all points), not "
                    + end + ": write {#" + last.id() + " points=" + last.min() + "-" + max + "} here and in every translation"));
        }
    }

    /** The band that starts highest. */
    static ResultBand lastBand(Checklist checklist) {
        List<ResultBand> sorted = checklist.bands().stream().sorted(Comparator.comparingInt(ResultBand::min)).toList();
        return sorted.get(sorted.size() - 1);
    }

    /** The highest score any band covers. */
    static int highestScore(Checklist checklist) {
        return checklist.bands().stream().mapToInt(ResultBand::max).max().orElseThrow();
    }

    /** What to write so that {@code band} starts where the band below it ends. */
    private static String startAt(ResultBand band, int min) {
        return "start it at " + min + ", write {#" + band.id() + " points=" + min + "-" + band.max() + "} here and in every translation";
    }

    /** "score 5 has" or "scores 5-7 have". */
    private static String scores(int from, int to) {
        return from == to ? "score " + from + " has" : "scores " + from + "-" + to + " have";
    }

    /** Every {@code decides=} must name a band of the same checklist. */
    static void checkDecisions(Checklist checklist, List<Problem> problems) {
        checkDecisions(checklist, item -> true, problems);
    }

    /** Every {@code decides=} of a statement {@code ownFault} picks must name a band of the same checklist. */
    static void checkDecisions(Checklist checklist, Predicate<ChecklistItem> ownFault, List<Problem> problems) {
        List<String> bandIds = checklist.bands().stream().map(ResultBand::id).toList();
        for (ChecklistSection section : checklist.sections()) {
            for (ChecklistItem item : section.items()) {
                item.decidesBand().filter(band -> !bandIds.contains(band) && ownFault.test(item)).ifPresent(band -> problems.add(new Problem(checklist.source(),
                        item.line(), "statement '" + item.id() + "' decides=" + band + ", but there is no band '" + band + "' (bands: "
                        + String.join(", ", bandIds) + ")")));
            }
        }
    }
}
