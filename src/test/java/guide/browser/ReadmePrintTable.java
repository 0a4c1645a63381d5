package guide.browser;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The README's table of how many pages the printed quiz takes ("The quiz (self-assessment checklist)"): a row per
 * quiz and paper, a column for the blank quiz and one per result. Read as written, with each row's README line, so a
 * test can print the quiz and name the cell that is wrong.
 */
final class ReadmePrintTable {
    /** The words of the sentence the table follows. */
    static final String INTRO = "the quiz takes this many pages";
    private static final Pattern COUNT = Pattern.compile("\\s*(\\d+)\\b.*");

    /** One row: its README line, its quiz ("Polish"), its paper ("A4") and the pages it says, blank and per result. */
    record Row(int line, String quiz, String paper, List<Integer> pages) {
    }

    private final List<String> columns;
    private final List<Row> rows;

    private ReadmePrintTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** The table under {@link #INTRO} in the project's README.md. */
    static ReadmePrintTable inReadme() {
        List<String> lines;
        try {
            lines = Files.readAllLines(ProjectFixture.projectDir().resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int intro = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(INTRO)).findFirst()
                .orElseThrow(() -> new AssertionError("README.md no longer has a line with \"" + INTRO + "\""));
        int header = intro + 1;
        while (header < lines.size() && !lines.get(header).startsWith("|")) {
            header++;
        }
        List<String> columns = cells(lines.get(header));
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            List<Integer> pages = new ArrayList<>();
            for (String cell : cells.subList(2, cells.size())) {
                Matcher count = COUNT.matcher(cell);
                if (!count.matches()) {
                    throw new AssertionError("README.md:" + (i + 1) + ": \"" + cell + "\" is not a number of pages");
                }
                pages.add(Integer.valueOf(count.group(1)));
            }
            rows.add(new Row(i + 1, cells.get(0), cells.get(1), pages));
        }
        return new ReadmePrintTable(columns.subList(2, columns.size()), rows);
    }

    /** The headings of the columns of pages: "Blank", then the results' titles. */
    List<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
