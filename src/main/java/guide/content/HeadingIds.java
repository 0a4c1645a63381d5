package guide.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids editors write on headings ({@code ## Heading {#id}}, levels 2 to 6), read from a text's
 * Markdown line by line: the ids a page's headings keep. They come before the ids made from other
 * headings' text (guide.html.HeadingAnchors), so a link to one always reaches the heading its
 * editor meant. Lines in fenced code are not headings.
 */
public final class HeadingIds {
    private static final Pattern HEADING = Pattern.compile("^(#{2,6})\\s+.*?\\{#([A-Za-z0-9_-]+)[^}]*}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    /**
     * One id as written.
     *
     * @param level the heading's level, 2 for {@code ##}
     * @param line  1-based line in the Markdown text
     */
    public record Written(String id, int level, int line) {
    }

    private HeadingIds() {
    }

    /** The ids in the order of their headings, repeats included. */
    public static List<Written> read(String markdown) {
        List<Written> ids = new ArrayList<>();
        String fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher f = FENCE.matcher(lines[i]);
            if (f.find()) {
                if (fence == null) {
                    fence = f.group(1);
                } else if (fence.equals(f.group(1))) {
                    fence = null;
                }
                continue;
            }
            Matcher m = HEADING.matcher(lines[i].stripTrailing());
            if (fence == null && m.matches()) {
                ids.add(new Written(m.group(2), m.group(1).length(), i + 1));
            }
        }
        return List.copyOf(ids);
    }

    /** The ids of the section headings (levels 2 to 4, the table of contents' and the heading anchors'), each once. */
    public static Set<String> ofSections(String markdown) {
        Set<String> ids = new LinkedHashSet<>();
        for (Written w : read(markdown)) {
            if (w.level() <= 4) {
                ids.add(w.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }
}
