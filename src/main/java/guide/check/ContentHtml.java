package guide.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML an editor's Markdown may produce, as an allowlist (jsoup's {@link Safelist}): what
 * readers need (text markup, lists, tables, {@code <kbd>}, {@code <abbr>}, images with alt text,
 * ids on headings, footnotes, task lists) and nothing that could run script, submit a form, load
 * another page or restyle the site. Anything else, SVG and MathML included, is a finding. Checked on
 * each rendered page, in the elements marked {@code data-content} (the places templates put content).
 */
public final class ContentHtml {
    /** The attribute templates put on every element that holds an editor's content. */
    public static final String MARKER = "data-content";
    private static final Evaluator CONTAINERS = Selector.evaluatorOf("[" + MARKER + "]");
    private static final java.util.regex.Pattern TEXT_ALIGN = java.util.regex.Pattern.compile("text-align\\s*:\\s*(left|right|center|justify)\\s*;?");
    // Classes flexmark gives footnotes, task lists and fenced code; editors cannot add others.
    private static final Map<String, java.util.regex.Pattern> CLASSES = Map.of("a", classes("footnote-ref|footnote-backref"), "div", classes("footnotes"),
            "li", classes("task-list-item"), "input", classes("task-list-item-checkbox"), "code", classes("language-[a-z0-9+#-]+"));
    private static final Safelist ALLOWED = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "div", "dl",
                    "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
                    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
                    "thead", "time", "tr", "u", "ul")
            .addAttributes("a", "href", "title", "class", "rel")
            .addAttributes("abbr", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("input", "type", "class", "disabled", "readonly", "checked")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("li", "id", "class")
            .addAttributes("sup", "id")
            .addAttributes("code", "class")
            .addAttributes("div", "class", "style")
            .addAttributes("p", "style")
            .addAttributes("td", "align", "colspan", "rowspan", "style")
            .addAttributes("th", "align", "colspan", "rowspan", "scope", "style")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private ContentHtml() {
    }

    /** One or more of the given classes, separated by spaces. */
    private static java.util.regex.Pattern classes(String names) {
        return java.util.regex.Pattern.compile("(" + names + ")(\\s+(" + names + "))*");
    }

    /**
     * What is not allowed in one place of content.
     *
     * @param tag       the element's name
     * @param attribute the offending attribute's name, or null when the element itself is not allowed
     * @param value     the attribute's value as the browser reads it, or null
     */
    public record Finding(String tag, String attribute, String value) implements java.io.Serializable {

        /** "unsafe HTML: <script> element is not allowed in content", "unsafe HTML: javascript: URL in href of <a>". */
        public String message() {
            if (attribute == null && tag.equals("h1")) {
                return "a # heading makes a second h1 (the title is the page's only h1): use ## for sections";
            }
            if (attribute == null) {
                return "unsafe HTML: <" + tag + "> element is not allowed in content";
            }
            String scheme = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^([a-z][a-z0-9+.-]*:).*$", "$1");
            if ((attribute.equals("href") || attribute.equals("src") || attribute.equals("cite")) && scheme.endsWith(":")
                    && !scheme.contains("/")) {
                return "unsafe HTML: " + scheme + " URL in " + attribute + " of <" + tag + ">";
            }
            if (attribute.equals("style")) {
                return "unsafe HTML: style attribute with '" + value + "' (allowed: text-align)";
            }
            return "unsafe HTML: " + attribute + " attribute on <" + tag + "> is not allowed in content";
        }
    }

    /**
     * Every finding in the page's content, in document order (an element that is not allowed is
     * reported without its contents); the markers and HTML comments are removed, as readers need none of them. The
     * page must have been parsed with the site's address as base URI, so relative links count as
     * the site's own.
     */
    public static List<Finding> check(Document page) {
        List<Finding> findings = new ArrayList<>();
        for (Element container : page.select(CONTAINERS)) {
            for (Element child : container.children()) {
                walk(child, findings);
            }
            container.removeAttr(MARKER);
            // Editors' notes to each other are not for readers, nor for their page source.
            container.nodeStream(Comment.class).toList().forEach(Comment::remove);
        }
        return findings;
    }

    private static void walk(Element e, List<Finding> findings) {
        String tag = e.normalName();
        if (!ALLOWED.isSafeTag(tag)) {
            findings.add(new Finding(tag, null, null));
            return;
        }
        for (Attribute attribute : e.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (!ALLOWED.isSafeAttribute(tag, e, attribute) || !valueAllowed(tag, name, attribute.getValue())) {
                findings.add(new Finding(tag, name, attribute.getValue()));
            }
        }
        for (Element child : e.children()) {
            walk(child, findings);
        }
    }

    /** Values the safelist cannot judge: flexmark's classes, checkbox inputs only, text alignment only. */
    private static boolean valueAllowed(String tag, String name, String value) {
        return switch (name) {
            case "class" -> CLASSES.containsKey(tag) && CLASSES.get(tag).matcher(value.strip()).matches();
            case "type" -> !tag.equals("input") || value.equalsIgnoreCase("checkbox");
            case "style" -> TEXT_ALIGN.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
            default -> true;
        };
    }
}
