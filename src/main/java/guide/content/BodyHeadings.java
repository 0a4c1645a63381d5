package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The title is a page's only {@code h1}: a {@code # Heading} in the Markdown (outside code blocks)
 * would make a second one. Each is an error at its line that says to write {@code ##}.
 */
final class BodyHeadings {
    private static final Pattern H1 = Pattern.compile("#[ \\t].*|#");

    private BodyHeadings() {
    }

    static void check(Path file, FrontMatter fm, List<Problem> problems) {
        String[] lines = fm.body().split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            } else if (fence == null && H1.matcher(line).matches()) {
                String text = line.substring(1).strip();
                problems.add(new Problem(file, fm.bodyStartLine() + i, "'# " + text + "' would be a second h1 (the title is the page's only h1): write '## "
                        + text + "' for a section"));
            }
        }
    }
}
