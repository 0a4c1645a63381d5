package guide.html;

import guide.content.Whitespace;
import guide.search.PageText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of a rendered page as search indexes it: the {@code h1} and what readers read, that is
 * the article text ({@code [data-prose]}) and what a template marks with {@code data-search-text}
 * (the quiz's statements and advice), cut into sections at headings with an id (a heading that names
 * a group, a quiz sign, at the group's id); hidden parts, controls and {@code data-search-skip} are left out. A footnote's
 * text belongs to the section that cites it (its number and back link are no words: "inaczej7:" was
 * what a reader saw in an excerpt), so a search for the act a note cites finds that section. Only
 * pages whose head says {@code <meta name="guide-search" content="index">} are indexed (not 404
 * pages, the root page or the archive's lists).
 */
public final class SearchableText {
    private static final Evaluator SEARCH_MARKER = Selector.evaluatorOf("meta[name=guide-search]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
    private static final Evaluator TITLE = Selector.evaluatorOf("h1");
    private static final Evaluator ROOT = Selector.evaluatorOf("html");
    private static final Set<String> SKIPPED = Set.of("script", "style", "button", "input", "select", "textarea", "nav", "svg", "template");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Evaluator NOTES = Selector.evaluatorOf("li[id]");
    /** What stands between blocks whose text ends without punctuation. */
    static final String SEPARATOR = " · ";
    private static final String PUNCTUATION = ".!?:;,…·–—";
    private static final String CLOSERS = "\"')]»”’";
    private static final char NO_BREAK = '\u00a0';

    private SearchableText() {
    }

    public static Optional<PageText> of(Document doc) {
        Element marker = doc.selectFirst(SEARCH_MARKER);
        Element canonical = doc.selectFirst(CANONICAL);
        Element h1 = doc.selectFirst(TITLE);
        Element html = doc.selectFirst(ROOT);
        if (marker == null || !marker.attr("content").equals("index") || canonical == null || h1 == null || html == null) {
            return Optional.empty();
        }
        List<PageText.Section> sections = new ArrayList<>();
        Collector collector = new Collector(sections);
        for (Element region : regions(doc)) {
            collector.walk(region);
            collector.blockBreak();
        }
        collector.finish();
        collector.addNotes();
        String url = canonical.attr("href").replaceFirst("^https?://[^/]+", "");
        return Optional.of(new PageText(html.attr("lang"), url, textOf(h1), marker.attr("data-date"), sections));
    }

    /**
     * The page's regions ({@code [data-prose], [data-search-text]}) in document order, but not one inside another, which is
     * walked with it: found in a walk that does not go into a region, where the article's text is (a select went through
     * all of it, then each region's ancestors).
     */
    private static List<Element> regions(Document doc) {
        List<Element> regions = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (e.hasAttr("data-prose") || e.hasAttr("data-search-text"))) {
                    regions.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return regions;
    }

    /**
     * An element's text as {@link Element#text()} gives it, but with its no-break spaces kept: jsoup's text() makes them
     * plain spaces, and a search result's title or section ("Jak zakończyć współpracę z klientem") then broke after a
     * one-letter Polish word, which the page itself keeps on the line of the next word.
     */
    static String textOf(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append(' ');
                }
            }
        }, element);
        return collapse(text);
    }

    /**
     * Runs of white space as one space, and none at either end, as {@link Element#text()} has them, where a run counts
     * no-break spaces in: the one before a footnote's back link goes with it. A no-break space alone between two
     * words is kept.
     */
    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            int end = at;
            boolean breakable = false;
            while (end < text.length() && (" \t\n\f\r".indexOf(text.charAt(end)) >= 0 || text.charAt(end) == NO_BREAK)) {
                breakable |= text.charAt(end) != NO_BREAK;
                end++;
            }
            if (end == at) {
                out.append(text.charAt(at++));
            } else {
                if (at > 0 && end < text.length()) {
                    out.append(breakable || end - at > 1 ? ' ' : NO_BREAK);
                }
                at = end;
            }
        }
        return out.toString();
    }

    /** Whether the text ends with punctuation (before any closing quotes and brackets): a sentence, a clause, a separator. */
    private static boolean endsPhrase(CharSequence text) {
        int at = text.length();
        while (at > 0 && CLOSERS.indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at > 0 && PUNCTUATION.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** Walks the regions in order, starting a section at every heading with an id. */
    private static final class Collector {
        private final List<PageText.Section> sections;
        private String anchor = "";
        private String heading = "";
        private final StringBuilder text = new StringBuilder();
        /** Each footnote's id ("fn-1") and the number of the section that first cites it, in the order cited. */
        private final Map<String, Integer> citedIn = new LinkedHashMap<>();
        /** Each footnote's text, by its id, in the order of the notes. */
        private final Map<String, String> notes = new LinkedHashMap<>();

        Collector(List<PageText.Section> sections) {
            this.sections = sections;
        }

        void walk(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (child instanceof Element e && !skipped(e)) {
                    if (e.hasClass("footnote-ref")) {
                        cite(e);
                    } else if (e.hasClass("footnotes")) {
                        collectNotes(e);
                    } else if (groupTitle(e)) {
                        startSection(e.parent().id(), e);
                    } else if (HEADINGS.contains(e.normalName()) && !e.id().isEmpty()) {
                        startSection(e.id(), e);
                    } else {
                        boolean block = e.isBlock() || e.normalName().equals("br");
                        if (block) {
                            blockBreak();
                        }
                        walk(e);
                        if (block) {
                            blockBreak();
                        }
                    }
                }
            }
        }

        private void collectNotes(Element footnotes) {
            for (Element note : footnotes.select(NOTES)) {
                Element copy = note.clone();
                copy.select("a.footnote-backref").remove();
                notes.put(note.id(), textOf(copy));
            }
        }

        /** Adds each footnote's text to the section that cites it (a note cited nowhere, to the last section). */
        void addNotes() {
            if (sections.isEmpty()) {
                return;
            }
            notes.forEach((id, note) -> {
                int at = Math.min(citedIn.getOrDefault(id, sections.size() - 1), sections.size() - 1);
                PageText.Section s = sections.get(at);
                String before = s.text();
                String joined = before.isEmpty() ? note : before + (endsPhrase(before) ? " " : SEPARATOR) + note;
                sections.set(at, new PageText.Section(s.anchor(), s.heading(), joined.strip()));
            });
        }

        /** The heading that names a group with an id (a quiz sign): its section is the group's, so a hit leads to the whole sign. */
        private static boolean groupTitle(Element e) {
            Element group = e.parent();
            return HEADINGS.contains(e.normalName()) && group != null && "group".equals(group.attr("role")) && !group.id().isEmpty()
                    && e.id().equals(group.attr("aria-labelledby"));
        }

        private static boolean skipped(Element e) {
            return SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || e.hasAttr("data-search-skip")
                    || "true".equals(e.attr("aria-hidden"));
        }

        /**
         * Ends a block (a paragraph, a table's cell, a list item): where its text ends without punctuation, a " · " keeps it
         * from running into the next block's in an excerpt ("alarmującego · Z zaznaczonych", not "alarmującego Z zaznaczonych").
         */
        void blockBreak() {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > 0) {
                text.setLength(end);
                text.append(endsPhrase(text) ? " " : SEPARATOR);
            }
        }

        /** Notes a footnote reference ({@code href="#fn-1"}) as cited in the section being read; its number is no text. */
        private void cite(Element ref) {
            String href = ref.attr("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                citedIn.putIfAbsent(href.substring(1), sections.size());
            }
        }

        /** Starts a section at a heading: its text without footnote numbers, whose notes then belong to this section. */
        private void startSection(String id, Element title) {
            finish();
            anchor = id;
            Element copy = title.clone();
            for (Element ref : copy.getElementsByClass("footnote-ref")) {
                cite(ref);
                ref.remove();
            }
            heading = textOf(copy);
        }

        void finish() {
            String clean = Whitespace.collapse(text.toString()).strip();
            if (clean.endsWith(SEPARATOR.strip())) {
                clean = clean.substring(0, clean.length() - 1).strip();
            }
            if (!clean.isEmpty() || !heading.isEmpty()) {
                sections.add(new PageText.Section(anchor, heading, clean));
            }
            text.setLength(0);
            anchor = "";
            heading = "";
        }
    }
}
