package guide.quiz;

import guide.content.FrontMatter;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Every fault is reported with its line: missing or duplicate ids, points that are not a positive
 * whole number, unknown attributes, statements without text, a {@code decides=} that names no band,
 * bands that leave a gap, overlap or miss the maximum.
 */
public final class ChecklistParser {
    /** The id of the section that holds the result bands ({@code ## Wynik {#results}}). */
    public static final String RESULTS_ID = "results";
    private static final String ID = "[a-z0-9][a-z0-9-]*";
    private static final Pattern SECTION = Pattern.compile("^##\\s+(.*?)\\s*(\\{#(\\S*)\\s*})?\\s*$");
    private static final Pattern ITEM_START = Pattern.compile("^[-*]\\s+\\[[ xX]?]\\s*(.*)$");
    private static final Pattern ATTRIBUTES = Pattern.compile("^(.*?)\\s*\\{([^{}]*)}\\s*$");
    private static final Pattern BAND = Pattern.compile("^###\\s+(.*?)\\s*(\\{([^{}]*)})?\\s*$");
    private static final List<String> STATEMENT_ATTRIBUTES = List.of("#", "points", "decides");

    private ChecklistParser() {
    }

    /** The checklist if it is well-formed (its problems, band coverage included, go to {@code problems}). */
    public static Optional<Checklist> parse(Path source, FrontMatter frontMatter, List<Problem> problems) {
        int before = problems.size();
        String[] lines = frontMatter.body().split("\n", -1);
        int firstLine = frontMatter.bodyStartLine();
        StringBuilder intro = new StringBuilder();
        List<ChecklistSection> sections = new ArrayList<>();
        List<ResultBand> bands = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();

        String sectionId = null;
        String sectionTitle = null;
        int sectionLine = 0;
        StringBuilder description = new StringBuilder();
        List<ChecklistItem> items = new ArrayList<>();
        int statementLines = 0;
        boolean inResults = false;
        String[] band = null;
        int bandLine = 0;
        StringBuilder advice = new StringBuilder();

        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            int lineNo = firstLine + i;
            boolean sectionStart = line != null && line.startsWith("## ");
            boolean bandStart = line != null && line.startsWith("### ") && inResults;
            if ((sectionStart || line == null) && sectionId != null && !inResults) {
                if (statementLines == 0) {
                    problems.add(new Problem(source, sectionLine, "section '" + sectionId + "' has no statements (- [ ] text {#id points=N})"));
                }
                sections.add(new ChecklistSection(sectionId, sectionTitle, description.toString().strip(), List.copyOf(items), sectionLine));
                items.clear();
                statementLines = 0;
                description.setLength(0);
            }
            if ((bandStart || sectionStart || line == null) && band != null) {
                bands.add(band(source, band, bandLine, advice.toString().strip(), problems));
                band = null;
                advice.setLength(0);
            }
            if (line == null) {
                break;
            }
            if (sectionStart) {
                Matcher m = SECTION.matcher(line);
                m.matches();
                sectionTitle = m.group(1);
                sectionId = m.group(3);
                sectionLine = lineNo;
                if (sectionId == null || !sectionId.matches(ID)) {
                    problems.add(new Problem(source, lineNo, "section heading needs an id of lowercase letters, digits and '-': ## "
                            + sectionTitle + " {#id}"));
                    sectionId = "?";
                } else {
                    claim(ids, sectionId, source, lineNo, problems);
                }
                inResults = RESULTS_ID.equals(sectionId);
                continue;
            }
            if (bandStart) {
                Matcher m = BAND.matcher(line);
                m.matches();
                band = new String[]{m.group(1), m.group(3)};
                bandLine = lineNo;
                continue;
            }
            if (inResults) {
                if (band != null) {
                    advice.append(line).append('\n');
                } else if (!line.isBlank()) {
                    problems.add(new Problem(source, lineNo, "the results section holds only bands: ### Title {#id points=0-7} followed by advice"));
                }
                continue;
            }
            if (sectionId == null) {
                Matcher item = ITEM_START.matcher(line);
                if (item.matches()) {
                    problems.add(new Problem(source, lineNo, "statement before the first section: put it under a ## heading"));
                }
                intro.append(line).append('\n');
                continue;
            }
            Matcher item = ITEM_START.matcher(line);
            if (item.matches()) {
                statementLines++;
                item(source, item.group(1), lineNo, ids, problems).ifPresent(items::add);
            } else if (!line.isBlank()) {
                description.append(line).append('\n');
            }
        }
        if (sections.isEmpty()) {
            problems.add(new Problem(source, firstLine, "the checklist has no sections: ## Title {#id} with - [ ] statements"));
        }
        if (bands.isEmpty()) {
            problems.add(new Problem(source, firstLine, "the checklist has no result bands: ## Title {#results}, then ### Band {#id points=0-7}"));
        }
        Checklist checklist = new Checklist(source, intro.toString().strip(), List.copyOf(sections), List.copyOf(bands));
        if (problems.size() > before) {
            return Optional.empty();
        }
        // Well-formed: returned even if its bands are wrong, so a translation can still be compared
        // with its source (a translator who changed points learns that, not only the band error).
        checkCoverage(checklist, problems);
        checkDecisions(checklist, problems);
        return Optional.of(checklist);
    }

    private static Optional<ChecklistItem> item(Path source, String rest, int lineNo, Map<String, Integer> ids, List<Problem> problems) {
        Matcher attrs = ATTRIBUTES.matcher(rest);
        if (!attrs.matches()) {
            problems.add(new Problem(source, lineNo, "statement needs an id and points at the end: {#some-id points=2}"));
            return Optional.empty();
        }
        String text = attrs.group(1).strip();
        Map<String, String> values = attributes(attrs.group(2));
        String id = values.get("#");
        boolean ok = true;
        if (text.isEmpty()) {
            problems.add(new Problem(source, lineNo, "statement has no text"));
            ok = false;
        }
        if (id == null || !id.matches(ID)) {
            problems.add(new Problem(source, lineNo, "statement needs an id of lowercase letters, digits and '-': {#some-id points=2}"));
            ok = false;
        } else if (!claim(ids, id, source, lineNo, problems)) {
            ok = false;
        }
        String points = values.get("points");
        if (points == null || !points.matches("[1-9][0-9]{0,2}")) {
            problems.add(new Problem(source, lineNo, "points must be a positive whole number, not '" + (points == null ? "" : points) + "'"));
            ok = false;
        }
        String decides = values.get("decides");
        if (decides != null && !decides.matches(ID)) {
            problems.add(new Problem(source, lineNo, "decides= needs the id of a band, e.g. decides=exit, not '" + decides + "'"));
            ok = false;
        }
        for (String key : values.keySet()) {
            if (!STATEMENT_ATTRIBUTES.contains(key)) {
                problems.add(new Problem(source, lineNo, "unknown attribute '" + key + "' on a statement: use {#id points=N}, optionally decides=BAND"));
                ok = false;
            }
        }
        return ok ? Optional.of(new ChecklistItem(id, text, Integer.parseInt(points), decides, lineNo)) : Optional.empty();
    }

    private static ResultBand band(Path source, String[] band, int lineNo, String advice, List<Problem> problems) {
        Map<String, String> values = attributes(band[1] == null ? "" : band[1]);
        String id = values.get("#");
        String range = values.getOrDefault("points", "");
        Matcher m = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)").matcher(range);
        if (id == null || !id.matches(ID)) {
            problems.add(new Problem(source, lineNo, "band needs an id: ### " + band[0] + " {#id points=0-7}"));
        }
        if (!m.matches()) {
            problems.add(new Problem(source, lineNo, "band needs a score range: {#" + (id == null ? "id" : id) + " points=0-7}"));
            return new ResultBand(id, band[0], 0, -1, advice, lineNo);
        }
        int min = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(m.group(2));
        if (min > max) {
            problems.add(new Problem(source, lineNo, "band '" + id + "' range " + min + "-" + max + " runs backwards"));
        }
        if (advice.isEmpty()) {
            problems.add(new Problem(source, lineNo, "band '" + id + "' has no advice text"));
        }
        return new ResultBand(id, band[0], min, max, advice, lineNo);
    }

    /** Bands must cover every possible score, 0 to the maximum, once. */
    private static void checkCoverage(Checklist checklist, List<Problem> problems) {
        List<ResultBand> sorted = checklist.bands().stream().sorted(Comparator.comparingInt(ResultBand::min)).toList();
        int expected = 0;
        for (ResultBand band : sorted) {
            if (band.min() > expected) {
                problems.add(new Problem(checklist.source(), band.line(), "bands leave a gap: scores " + expected + "-" + (band.min() - 1) + " have no band"));
            } else if (band.min() < expected) {
                problems.add(new Problem(checklist.source(), band.line(), "bands overlap: band '" + band.id() + "' starts at " + band.min()
                        + " but scores up to " + (expected - 1) + " already have a band"));
            }
            expected = Math.max(expected, band.max() + 1);
        }
        int max = checklist.maxPoints();
        ResultBand last = sorted.get(sorted.size() - 1);
        if (expected - 1 != max) {
            problems.add(new Problem(checklist.source(), last.line(), "bands must end at the maximum score " + max + " (the sum of all points), not "
                    + (expected - 1)));
        }
    }

    /** Every {@code decides=} must name a band of the same checklist. */
    private static void checkDecisions(Checklist checklist, List<Problem> problems) {
        List<String> bandIds = checklist.bands().stream().map(ResultBand::id).toList();
        for (ChecklistSection section : checklist.sections()) {
            for (ChecklistItem item : section.items()) {
                item.decidesBand().filter(band -> !bandIds.contains(band)).ifPresent(band -> problems.add(new Problem(checklist.source(),
                        item.line(), "statement '" + item.id() + "' decides=" + band + ", but there is no band '" + band + "' (bands: "
                        + String.join(", ", bandIds) + ")")));
            }
        }
    }

    /** {@code #id points=3} to {"#": "id", "points": "3"}. */
    private static Map<String, String> attributes(String text) {
        Map<String, String> values = new HashMap<>();
        for (String token : text.strip().split("\\s+")) {
            if (token.startsWith("#")) {
                values.put("#", token.substring(1));
            } else if (token.contains("=")) {
                values.put(token.substring(0, token.indexOf('=')), token.substring(token.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static boolean claim(Map<String, Integer> ids, String id, Path source, int lineNo, List<Problem> problems) {
        Integer first = ids.putIfAbsent(id, lineNo);
        if (first != null) {
            problems.add(new Problem(source, lineNo, "duplicate id '" + id + "' (first used on line " + first + ")"));
            return false;
        }
        return true;
    }
}
