package guide.quiz;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a checklist's Markdown line by line into its intro, sections with their statements, and
 * result bands, reporting every line that breaks the format ({@link ChecklistParser} documents it).
 * A line is intro text until the first {@code ##} heading, then belongs to the section it is in;
 * the section with the id {@value #RESULTS_ID} holds the bands, each {@code ###} heading with the
 * advice below it. Which lines are such headings, and which are inside a code or HTML block (text,
 * never a statement), Markdown says ({@link QuizMarkdown}); what a statement's or band's
 * {@code {…}} holds, {@link ChecklistAttributes} reads; a heading at the wrong level, {@link MisplacedHeadings} names; the
 * quiz's own instruction, {@link QuizHowTo} reads. What it reads is checked as a whole by
 * {@link ChecklistParser}; what it read each line as, id included, it also notes as
 * {@link ChecklistLines}.
 */
final class ChecklistReader {
    static final String RESULTS_ID = "results";
    /**
     * Ids: lowercase letters, digits and '-', at most {@value #MAX_ID_LENGTH} characters. Statement
     * ids travel in share links, and assets/js/quiz.js reads a link's ids with /^[a-z0-9-]{1,64}$/:
     * the two must match (change both together).
     */
    static final String ID = "[a-z0-9][a-z0-9-]*";
    static final int MAX_ID_LENGTH = 64;
    /** A section heading's text (Markdown's, without the {@code #}s): its title, then {@code {#id}}. */
    private static final Pattern SECTION = Pattern.compile("^(.*?)\\s*(\\{#(\\S*)\\s*})?\\s*$");
    /** A statement: a bullet ({@code -}, {@code *} or {@code +}) at the line's start with a box, {@code [ ]} or {@code [x]}. */
    private static final Pattern ITEM_START = Pattern.compile("^[-*+]\\s+\\[[ xX]]\\s*(.*)$");
    /**
     * What an editor may mean as a statement that is not one: an empty box {@code []} (which Markdown reads as text)
     * or a numbered item with a box; each is named at its line rather than read as description.
     */
    private static final Pattern NOT_QUITE_ITEM = Pattern.compile("^\\s*([-*+]\\s+\\[]|\\d+[.)]\\s+\\[[ xX]?]).*$");
    /** A statement indented like a nested Markdown list item, which the reader would take for description text. */
    private static final Pattern INDENTED_ITEM = Pattern.compile("^\\s+[-*+]\\s+\\[[ xX]].*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("^(.*?)\\s*\\{([^{}]*)}\\s*$");
    /** A band heading's text (Markdown's, without the {@code #}s): its title, then {@code {#id points=MIN-MAX}}. */
    private static final Pattern BAND = Pattern.compile("^(.*?)\\s*(\\{([^{}]*)})?\\s*$");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    /** A band heading whose advice is being read: its title, its {@code {…}} attributes read and its line. */
    private record OpenBand(String title, Map<String, String> values, int line) {
    }

    private final Path source;
    private final List<Problem> problems;
    private final AllowedPoints allowedPoints;
    private final ChecklistAttributes attributes;
    private final MisplacedHeadings headings;
    private final QuizHowTo howTo;
    private final StringBuilder intro = new StringBuilder();
    private final List<ChecklistSection> sections = new ArrayList<>();
    private final List<ResultBand> bands = new ArrayList<>();
    private final QuizIds ids;
    private final Map<Integer, ChecklistLines.Line> lines = new HashMap<>();
    /** Where this quiz's problems start in {@link #problems}: those about bands get their example range at the end. */
    private final int firstProblem;

    private String sectionId;
    private String sectionTitle;
    private int sectionLine;
    private final StringBuilder description = new StringBuilder();
    private final List<ChecklistItem> items = new ArrayList<>();
    private boolean hasStatements;
    private boolean inResults;
    private OpenBand band;
    private final StringBuilder advice = new StringBuilder();

    /** @param allowedPoints what a statement's points may be, for the error at one whose points are not a whole number from 1 */
    ChecklistReader(Path source, AllowedPoints allowedPoints, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
        this.allowedPoints = allowedPoints;
        this.attributes = new ChecklistAttributes(source, problems);
        this.headings = new MisplacedHeadings(source, problems);
        this.howTo = new QuizHowTo(source, problems);
        this.ids = new QuizIds(source, problems);
        this.firstProblem = problems.size();
    }

    /** Reads the next line, {@code lineNo} being its line in the file and {@code markdown} what it is to Markdown. */
    void read(String line, int lineNo, QuizMarkdown.Line markdown) {
        if (markdown.howTo() && sectionId == null) {
            howTo.read(line, lineNo);
            return;
        } else if (markdown.howTo()) {
            howTo.misplaced(line, lineNo);
        }
        if (markdown.heading(2) && inResults && headings.bandWrittenAsSection(markdown.text(), lineNo)) {
            endBand();
            startBand(markdown.text(), lineNo);
        } else if (markdown.heading(2)) {
            endSection();
            endBand();
            startSection(markdown.text(), lineNo);
        } else if (inResults && markdown.heading(3)) {
            endBand();
            startBand(markdown.text(), lineNo);
        } else if (inResults) {
            readAdvice(line, lineNo, markdown.literal());
        } else if (sectionId == null) {
            readIntro(line, lineNo, markdown.literal());
        } else {
            if (markdown.heading(3)) {
                headings.subheading(markdown.text(), lineNo, hasStatements);
            }
            readSection(line, lineNo, markdown.literal());
        }
    }

    /** Ends the last section and band, after the last line, and gives band messages their example range ({@link BandExamples}). */
    void end() {
        endSection();
        endBand();
        BandExamples.fill(problems, firstProblem, bands, sections.stream().mapToInt(ChecklistSection::maxPoints).sum());
    }

    String intro() {
        return intro.toString().strip();
    }

    /** The quiz's own instruction, or {@link Checklist.HowTo#NONE} ({@link QuizHowTo}). */
    Checklist.HowTo howTo() {
        return howTo.result();
    }

    List<ChecklistSection> sections() {
        return List.copyOf(sections);
    }

    List<ResultBand> bands() {
        return List.copyOf(bands);
    }

    ChecklistLines lines() {
        return new ChecklistLines(lines);
    }

    private void startSection(String heading, int lineNo) {
        Matcher m = SECTION.matcher(heading);
        m.matches();
        sectionTitle = m.group(1);
        sectionId = m.group(3);
        sectionLine = lineNo;
        headings.section();
        lines.put(lineNo, new ChecklistLines.Line(ChecklistLines.Role.SECTION, sectionId));
        if (sectionId == null || !sectionId.matches(ID)) {
            problems.add(new Problem(source, lineNo, "section heading needs an id of lowercase letters, digits and '-': ## " + sectionTitle + " {#id}"));
            sectionId = "?";
        } else {
            ids.claim(sectionId, lineNo);
        }
        inResults = RESULTS_ID.equals(sectionId);
    }

    private void endSection() {
        if (sectionId == null || inResults) {
            return;
        }
        if (!hasStatements) {
            problems.add(new Problem(source, sectionLine, "section '" + sectionId + "' has no statements (- [ ] text {#id points=N})"));
        }
        sections.add(new ChecklistSection(sectionId, sectionTitle, description.toString().strip(), List.copyOf(items), sectionLine));
        items.clear();
        hasStatements = false;
        description.setLength(0);
    }

    private void readIntro(String line, int lineNo, boolean literal) {
        if (!literal && ITEM_START.matcher(line).matches()) {
            problems.add(new Problem(source, lineNo, "statement before the first section: put it under a ## heading"));
        }
        intro.append(line).append('\n');
    }

    /** A statement, or a line of the section's description (all of a code or HTML block's lines are). */
    private void readSection(String line, int lineNo, boolean literal) {
        Matcher item = ITEM_START.matcher(line);
        if (literal) {
            description.append(line).append('\n');
        } else if (item.matches()) {
            hasStatements = true;
            headings.statement(sectionId);
            item(item.group(1), lineNo).ifPresent(items::add);
        } else if (NOT_QUITE_ITEM.matcher(line).matches()) {
            hasStatements = true;
            problems.add(new Problem(source, lineNo, "a statement is a bullet with a box, [ ] with a space inside:"
                    + " write it as - [ ] text {#id points=N}"));
        } else if (INDENTED_ITEM.matcher(line).matches()) {
            hasStatements = true; // the editor wrote one: "has no statements" would mislead
            problems.add(new Problem(source, lineNo, "statements start at the beginning of the line, without indentation:"
                    + " write it as - [ ] text {#id points=N}"));
        } else {
            description.append(line).append('\n'); // blank ones too: they part its paragraphs
        }
    }

    private void startBand(String heading, int lineNo) {
        Matcher m = BAND.matcher(heading);
        m.matches();
        Map<String, String> values = attributes.ofBand(m.group(3) == null ? "" : m.group(3), lineNo);
        band = new OpenBand(m.group(1), values, lineNo);
        lines.put(lineNo, new ChecklistLines.Line(ChecklistLines.Role.BAND, values.get("#")));
    }

    private void readAdvice(String line, int lineNo, boolean literal) {
        if (!literal && ITEM_START.matcher(line).matches()) {
            // Markdown would show it as a bullet in a band's advice, its {…} as stray HTML attributes
            problems.add(new Problem(source, lineNo, "a statement in the results section, which holds only bands: move it above"
                    + " ## … {#" + RESULTS_ID + "}, into the ## section of the sign it belongs to"));
        } else if (band != null) {
            advice.append(line).append('\n');
            lines.put(lineNo, new ChecklistLines.Line(ChecklistLines.Role.ADVICE, band.values().get("#")));
        } else if (!line.isBlank()) {
            problems.add(new Problem(source, lineNo, "the results section holds only bands: ### Title {#id " + BandExamples.RANGE + "} followed by advice"));
        }
    }

    private void endBand() {
        if (band == null) {
            return;
        }
        bands.add(band(band, advice.toString().strip()));
        band = null;
        advice.setLength(0);
    }

    private Optional<ChecklistItem> item(String rest, int lineNo) {
        Matcher attrs = ATTRIBUTES.matcher(rest);
        if (!attrs.matches()) {
            lines.put(lineNo, new ChecklistLines.Line(ChecklistLines.Role.STATEMENT, null));
            problems.add(new Problem(source, lineNo, "statement needs an id and points at the end: {#some-id points=2}"));
            return Optional.empty();
        }
        String text = attrs.group(1).strip();
        int before = problems.size();
        Map<String, String> values = attributes.ofStatement(attrs.group(2), lineNo);
        String id = values.get("#");
        lines.put(lineNo, new ChecklistLines.Line(ChecklistLines.Role.STATEMENT, id));
        boolean ok = problems.size() == before;
        if (text.isEmpty()) {
            problems.add(new Problem(source, lineNo, "statement has no text"));
            ok = false;
        }
        if (id == null || !id.matches(ID)) {
            problems.add(new Problem(source, lineNo, "statement needs an id of lowercase letters, digits and '-': {#some-id points=2}"));
            ok = false;
        } else {
            ids.claim(id, lineNo);
        }
        String points = values.get("points");
        if (points == null) {
            problems.add(new Problem(source, lineNo, "statement has no points: write how many points ticking it adds to the score, as in {#"
                    + (id == null || !id.matches(ID) ? "some-id" : id) + " points=2}"));
            ok = false;
        } else if (!points.matches("[1-9][0-9]{0,2}")) {
            problems.add(new Problem(source, lineNo, allowedPoints.message(points)));
            ok = false;
        }
        String decides = values.get("decides");
        if (decides != null && !decides.matches(ID)) {
            problems.add(new Problem(source, lineNo, "decides= needs the id of a band, e.g. decides=exit, not '" + decides + "'"));
            ok = false;
        }
        return ok ? Optional.of(new ChecklistItem(id, text, Integer.parseInt(points), decides, lineNo)) : Optional.empty();
    }

    private ResultBand band(OpenBand open, String advice) {
        String id = open.values().get("#");
        Matcher m = RANGE.matcher(open.values().getOrDefault("points", ""));
        if (id == null || !id.matches(ID)) {
            problems.add(new Problem(source, open.line(), "band needs an id: ### " + open.title() + " {#id " + BandExamples.RANGE + "}"));
        } else {
            ids.claim(id, open.line());
        }
        if (!m.matches()) {
            problems.add(new Problem(source, open.line(), "band needs a score range: {#" + (id == null ? "id" : id) + " " + BandExamples.RANGE + "}"));
            return new ResultBand(id, open.title(), 0, -1, advice, open.line());
        }
        int min = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(m.group(2));
        if (min > max) {
            problems.add(new Problem(source, open.line(), "band '" + id + "' range " + min + "-" + max + " runs backwards: write {#" + id + " points=" + max + "-" + min + "}"));
        }
        if (advice.isEmpty()) {
            problems.add(new Problem(source, open.line(), "band '" + id + "' has no advice text"));
        }
        return new ResultBand(id, open.title(), min, max, advice, open.line());
    }
}
