package guide.readme;

import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ## } section of the README and the code blocks in it, in order: the output the README
 * quotes as real, for tests that run the same steps and compare. A block inside a list item is
 * indented; its lines are read without that indentation.
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
    }

    private final List<Block> blocks;

    private ReadmeSection(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The section headed {@code ## title} in the project's README.md. */
    static ReadmeSection named(String title) {
        Path readme = ProjectFixture.projectDir().resolve("README.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("## " + title);
        if (start < 0) {
            throw new AssertionError("README.md has no section '## " + title + "'");
        }
        List<Block> blocks = new ArrayList<>();
        List<String> open = null;
        int openLine = 0;
        String indent = "";
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
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
            }
        }
        return new ReadmeSection(blocks);
    }

    /** The section's {@code index}th code block, counting from 0. */
    Block block(int index) {
        if (index >= blocks.size()) {
            throw new AssertionError("the README section has " + blocks.size() + " code blocks, not " + (index + 1));
        }
        return blocks.get(index);
    }
}
