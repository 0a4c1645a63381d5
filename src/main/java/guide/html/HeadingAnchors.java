package guide.html;

import guide.check.WithAttribute;
import guide.content.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every heading in the article text a stable ASCII id ({@code #jak-to-zrobic}): ids that
 * editors set with {@code {#id}} stay, and come first: another heading whose id would be the same
 * (made from its text, or transliterated to it) gets a number instead. Generated ids with other
 * letters are transliterated with the page language's transform, missing ones are made from the
 * heading text; repeats get {@code -2}, {@code -3}. Ids of other elements of the page (the
 * template's) are taken before all of these.
 */
public final class HeadingAnchors {
    private static final Evaluator PROSE = WithAttribute.named("data-prose");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h2, h3, h4");
    private static final Evaluator WITH_ID = WithAttribute.named("id");
    private static final Pattern ASCII_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private HeadingAnchors() {
    }

    public static void apply(Document doc, Slugs slugs) {
        apply(doc, slugs, Set.of());
    }

    /**
     * @param editorIds the ids editors wrote on the text's headings, read from its Markdown
     *                  ({@link guide.content.HeadingIds#ofSections}): the first heading with each keeps it
     */
    public static void apply(Document doc, Slugs slugs, Set<String> editorIds) {
        Element prose = doc.selectFirst(PROSE);
        if (prose != null) {
            apply(prose, doc.select(WITH_ID), slugs, editorIds);
        }
    }

    /**
     * @param prose  the page's first {@code [data-prose]}, the text whose headings get ids
     * @param withId the page's elements with an id ({@code [id]}), whose ids are taken before the headings'
     */
    static void apply(Element prose, List<Element> withId, Slugs slugs, Set<String> editorIds) {
        Set<String> used = new HashSet<>();
        var headings = prose.select(HEADINGS);
        withId.stream().filter(e -> !headings.contains(e)).forEach(e -> used.add(e.id()));
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element heading : headings) {
            if (editorIds.contains(heading.id()) && used.add(heading.id())) {
                kept.add(heading);
            }
        }
        for (Element heading : headings) {
            String current = heading.id();
            if (kept.contains(heading) || isCleanSlug(current) && used.add(current)) {
                continue;
            }
            // An id with other letters is made from the text again, not from the id Markdown gave: that
            // one may carry Markdown's own number for a repeat of the untransliterated text
            // ("zakończenie-2"), which would give "zakonczenie-2-2" where the README promises -3.
            String base = ASCII_ID.matcher(current).matches() ? slugs.slugify(current) : slugs.slugify(heading.text());
            base = base.isEmpty() ? "section" : base;
            String id = base;
            for (int n = 2; used.contains(id); n++) {
                id = base + "-" + n;
            }
            used.add(id);
            heading.id(id);
        }
    }

    /** An id as {@link Slugs} would make one: ASCII letters, digits, '_' and single '-' inside ("done--ok" is not). */
    private static boolean isCleanSlug(String id) {
        return ASCII_ID.matcher(id).matches() && !id.contains("--") && !id.startsWith("-") && !id.endsWith("-");
    }
}
