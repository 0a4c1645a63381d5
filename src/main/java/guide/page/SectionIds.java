package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids an editor gave a document's section headings ({@code ## Heading {#id}}, {@code ###} and
 * {@code ####} too), read from its Markdown: the ids its page's headings keep (the heading anchors
 * keep an id written so, the first time it occurs), which editors keep the same in every language.
 * The language switch of a translation offers them, so a reader in one of these sections lands on it
 * in the other language ({@link SwitchOption#sections}). Headings without an id get one made from
 * their text, different in each language: none of those. Lines in fenced code are not headings.
 */
public final class SectionIds {
    private static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+.*?\\{#([A-Za-z0-9_-]+)[^}]*}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private SectionIds() {
    }

    /** The ids, in the order of the headings; none for a quiz, whose sections are its checklist's, not headings of a text. */
    public static List<String> of(ContentDocument doc) {
        if (doc.type() == DocumentType.QUIZ) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        String fence = null;
        for (String line : doc.body().split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                if (fence == null) {
                    fence = f.group(1);
                } else if (fence.equals(f.group(1))) {
                    fence = null;
                }
                continue;
            }
            Matcher m = HEADING.matcher(line.stripTrailing());
            if (fence == null && m.matches()) {
                ids.add(m.group(1));
            }
        }
        return List.copyOf(ids);
    }
}
