package guide.check;

import guide.content.Authors;
import guide.site.EditorLeftovers;
import guide.site.Problem;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which files besides pages the content folder may hold, as an allowlist: images and PDFs, which
 * the site publishes for readers, and {@code authors.yaml}. Anything else (a page saved as
 * {@code .html}, a script, a Word draft, a spreadsheet of rates) would be published at the site's
 * own address as it is, where an HTML page or a script acts as the site and a draft is open to
 * anyone who guesses its name, so it stops the build. SVG images are read for what they hold
 * ({@link ContentSvg}). Hidden files and editors' backups are left to {@link EditorLeftovers}, which
 * keeps them from readers with a warning.
 */
public final class ContentFileKinds {
    /** The endings of files the content folder publishes as they are (JPEG and PNG also as resized copies). */
    public static final Set<String> PUBLISHED = new TreeSet<>(Set.of("avif", "gif", "jpeg", "jpg", "pdf", "png", "svg", "webp"));

    private ContentFileKinds() {
    }

    /**
     * Adds a problem for each file of {@code others} (the content folder's files other than Markdown) that is not of a
     * published kind, and for each thing an SVG among them may not hold.
     */
    public static void check(Path projectDir, List<Path> others, List<Problem> problems) throws IOException {
        for (Path file : others) {
            String name = file.getFileName().toString();
            if (name.equals(Authors.FILE) || EditorLeftovers.isLeftover(name)) {
                continue;
            }
            Path shown = projectDir.relativize(file);
            String ending = ending(name);
            if (!PUBLISHED.contains(ending)) {
                problems.add(new Problem(shown, 0, (ending.isEmpty() ? "a file without an ending" : "a ." + ending + " file")
                        + " cannot be published: content/ holds only pages (.md) and files readers get as they are ("
                        + String.join(" ", PUBLISHED.stream().map(e -> "." + e).toList()) + "); anything else would be put on the site"
                        + " as it is, where a web page or script would run as part of the site and a draft could be read by anyone who"
                        + " guesses its name: move it out of content/"));
            } else if (ending.equals("svg")) {
                svg(file, shown, problems);
            }
        }
    }

    /** The SVG's findings, each at its line; a file that is not UTF-8 text is named at the line of its first bad byte. */
    private static void svg(Path file, Path shown, List<Problem> problems) throws IOException {
        try {
            for (ContentSvg.Finding finding : ContentSvg.check(Files.readAllBytes(file))) {
                problems.add(new Problem(shown, finding.line(), finding.message()));
            }
        } catch (Utf8Text.NotUtf8 e) {
            problems.add(e.at(shown));
        }
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
