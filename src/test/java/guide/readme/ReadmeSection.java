package guide.readme;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ## } section (or {@code ### } subsection) of the README and the code blocks in it, in order:
 * the output the README quotes as real, for tests that run the same steps and compare. A block inside a
 * list item is indented; its lines are read without that indentation. A {@code ## } line inside a block
 * (an example page's section) is part of the block, not the end of the section.
 */
final class ReadmeSection {
    /** A fenced block: the README line its first line is on, and its lines. */
    record Block(int line, List<String> lines) {
        /** The lines after the commands typed ({@code $ ./guide build}), as the last command printed them. */
        List<String> output() {
            int first = 0;
            while (first < lines.size() && lines.get(first).startsWith("$ ")) {
                first++;
            }
            return lines.subList(first, lines.size());
        }

        /** What the {@code index}th command typed in the block ({@code $ …}, from 0) printed: the lines up to the next command. */
        List<String> outputOf(int index) {
            List<String> output = new ArrayList<>();
            int command = -1;
            for (String line : lines) {
                if (line.startsWith("$ ")) {
                    command++;
                } else if (command == index) {
                    output.add(line);
                }
            }
            if (command < index) {
                throw new AssertionError("README.md:" + line + ": the block has " + (command + 1) + " commands, not " + (index + 1));
            }
            return output;
        }
    }

    /** A quotation in the section's prose: the README line it starts on, and its words (a line break in it read as a space). */
    record Quote(int line, String text) {
    }

    private final List<Block> blocks;
    /** The section's lines outside its code blocks, stripped, joined by spaces; and where each line starts in it, and its README line. */
    private final String prose;
    private final List<int[]> proseLines;

    private ReadmeSection(List<Block> blocks, String prose, List<int[]> proseLines) {
        this.blocks = blocks;
        this.prose = prose;
        this.proseLines = proseLines;
    }

    /** The section headed {@code ## title} in the project's README.md. */
    static ReadmeSection named(String title) {
        return headed("## " + title);
    }

    /** The subsection headed {@code ### title}, up to the next {@code ### } or {@code ## } heading. */
    static ReadmeSection subsection(String title) {
        return headed("### " + title);
    }

    private static ReadmeSection headed(String heading) {
        Path readme = ProjectFixture.projectDir().resolve("README.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new AssertionError("README.md has no section '" + heading + "'");
        }
        String level = heading.substring(0, heading.indexOf(' '));
        List<Block> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        List<int[]> proseLines = new ArrayList<>();
        List<String> open = null;
        int openLine = 0;
        String indent = "";
        for (int i = start + 1; i < lines.size() && (open != null || !endsSection(lines.get(i), level)); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                if (open == null) {
                    open = new ArrayList<>();
                    openLine = i + 2;
                    indent = line.substring(0, line.indexOf('`'));
                } else {
                    blocks.add(new Block(openLine, List.copyOf(open)));
                    open = null;
                }
            } else if (open != null) {
                open.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            } else {
                proseLines.add(new int[] {prose.length(), i + 1});
                prose.append(line.strip()).append(' ');
            }
        }
        return new ReadmeSection(blocks, prose.toString(), proseLines);
    }

    /** A heading of the same level as the section's, or a higher one. */
    private static boolean endsSection(String line, String level) {
        String hashes = line.substring(0, line.indexOf(' ') < 0 ? 0 : line.indexOf(' '));
        return !hashes.isEmpty() && hashes.chars().allMatch(c -> c == '#') && hashes.length() <= level.length();
    }

    /**
     * The first quotation in the section's prose that begins with {@code start}, between two {@code mark}s
     * ({@code "} for words a reader sees, {@code `} for a message as printed).
     */
    Quote quote(char mark, String start) {
        int from = prose.indexOf(mark + start);
        if (from < 0) {
            throw new AssertionError("the README section no longer quotes " + mark + start + "…" + mark + ": update the test that looks for it");
        }
        int end = prose.indexOf(mark, from + 1);
        int line = lineAt(from);
        return new Quote(line, prose.substring(from + 1, end));
    }

    /** Every quotation in the section's prose that begins with {@code start}, in the README's order. */
    List<Quote> quotes(char mark, String start) {
        List<Quote> quotes = new ArrayList<>();
        for (int from = prose.indexOf(mark + start); from >= 0; from = prose.indexOf(mark + start, prose.indexOf(mark, from + 1) + 1)) {
            int line = lineAt(from);
            quotes.add(new Quote(line, prose.substring(from + 1, prose.indexOf(mark, from + 1))));
        }
        return quotes;
    }

    /**
     * Every quotation in the section's prose whose words begin as {@code start} matches, in the README's order: the
     * quotations of a kind of output (date lines, say) whose figures editors' work changes, so no fixed start finds them.
     */
    List<Quote> quotes(char mark, Pattern start) {
        List<Quote> quotes = new ArrayList<>();
        Matcher opening = Pattern.compile(Pattern.quote(String.valueOf(mark)) + "(?=" + start.pattern() + ")").matcher(prose);
        for (int at = 0; at < prose.length() && opening.find(at); ) {
            int from = opening.start();
            int end = prose.indexOf(mark, from + 1);
            int line = lineAt(from);
            if (end < 0) {
                throw new AssertionError("README.md:" + line + ": a quotation opens with " + mark + " and is never closed");
            }
            quotes.add(new Quote(line, prose.substring(from + 1, end)));
            at = end + 1;
        }
        return quotes;
    }

    /** The README line the section's prose has at {@code offset}. */
    private int lineAt(int offset) {
        return proseLines.stream().filter(l -> l[0] <= offset).reduce((a, b) -> b).orElseThrow()[1];
    }

    /** The section's {@code index}th code block, counting from 0. */
    Block block(int index) {
        if (index >= blocks.size()) {
            throw new AssertionError("the README section has " + blocks.size() + " code blocks, not " + (index + 1));
        }
        return blocks.get(index);
    }

    /** The section's first code block that has the line {@code line} (a command typed, {@code $ cp …}). */
    Block blockWith(String line) {
        return blocks.stream().filter(b -> b.lines().contains(line)).findFirst()
                .orElseThrow(() -> new AssertionError("the README section has no code block with the line " + line));
    }

    /** The section's first code block with a line that has {@code text} in it (a quoted problem's message). */
    Block blockMentioning(String text) {
        return blocks.stream().filter(b -> b.lines().stream().anyMatch(l -> l.contains(text))).findFirst()
                .orElseThrow(() -> new AssertionError("the README section has no code block with a line that has " + text));
    }

    /** The section's first code block whose first line is {@code first} (a command, {@code $ ./guide …}). */
    Block block(String first) {
        return blocks.stream().filter(b -> !b.lines().isEmpty() && b.lines().get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("the README section has no code block starting with " + first));
    }
}
