package guide.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The elements that hold an editor's content, as a jsoup selector. */
    public static final String MARKER_SELECTOR = "[" + MARKER + "]";
    private static final Evaluator CONTAINERS = WithAttribute.named(MARKER);
    private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*(left|right|center|justify)\\s*;?");
    // Classes flexmark gives footnotes, task lists and fenced code; editors cannot add others.
    private static final Map<String, Pattern> CLASSES = Map.of("a", classes("footnote-ref|footnote-backref"), "div", classes("footnotes"),
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
    // The schemes the protocols above allow, read the way a browser reads the address (jsoup's own test
    // resolves //host against the site's https: and lets it through).
    private static final Map<String, Set<String>> SCHEMES = Map.of("a href", Set.of("http:", "https:", "mailto:"),
            "img src", Set.of("http:", "https:"), "blockquote cite", Set.of("http:", "https:"), "q cite", Set.of("http:", "https:"));
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*:).*", Pattern.DOTALL);
    // Two slashes, a browser's backslash counting as one: another host, on whatever scheme the page has.
    private static final Pattern PROTOCOL_RELATIVE = Pattern.compile("^[/\\\\]{2}.*", Pattern.DOTALL);

    private static final Pattern AROUND_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern INSIDE_BREAKS = Pattern.compile("[\t\r\n]");

    private ContentHtml() {
    }

    /** One or more of the given classes, separated by spaces. */
    private static Pattern classes(String names) {
        return Pattern.compile("(" + names + ")(\\s+(" + names + "))*");
    }

    /**
     * What is not allowed in one place of content.
     *
     * @param tag       the element's name
     * @param attribute the offending attribute's name, or null when the element itself is not allowed
     * @param value     the attribute's value as the browser reads it, or null
     */
    public record Finding(String tag, String attribute, String value) implements Serializable {

        /** The scheme that makes the URL a finding, as in "javascript:", if that is what it is; else null. */
        public String scheme() {
            Set<String> allowed = attribute == null ? null : SCHEMES.get(tag + " " + attribute);
            if (allowed == null) {
                return null;
            }
            Matcher m = SCHEME.matcher(asBrowserReads(value).toLowerCase(Locale.ROOT));
            return m.matches() && !allowed.contains(m.group(1)) ? m.group(1) : null;
        }

        /** Whether the finding is a URL that names another host without a scheme ({@code //evil.example/}). */
        public boolean protocolRelative() {
            return attribute != null && SCHEMES.containsKey(tag + " " + attribute) && PROTOCOL_RELATIVE.matcher(asBrowserReads(value)).matches();
        }

        /**
         * "unsafe HTML: &lt;script&gt; element is not allowed in content: remove it; …", "unsafe HTML: javascript: URL in href of &lt;a&gt;":
         * what is refused, then what to do ({@link ContentHtmlAdvice}).
         */
        public String message() {
            if (attribute == null && tag.equals("h1")) {
                return "a # heading makes a second h1 (the title is the page's only h1): use ## for sections";
            }
            if (attribute == null) {
                return "unsafe HTML: <" + tag + "> element is not allowed in content" + ContentHtmlAdvice.forElement(tag);
            }
            if (scheme() != null) {
                return "unsafe HTML: " + scheme() + " URL in " + attribute + " of <" + tag + ">";
            }
            if (protocolRelative()) {
                return "unsafe HTML: protocol-relative URL in " + attribute + " of <" + tag + "> (start it with https:, or with one / for the site)";
            }
            if (attribute.equals("style")) {
                return "unsafe HTML: style attribute with '" + value + "' on <" + tag + "> is not allowed in content"
                        + ContentHtmlAdvice.forAttribute(tag, attribute);
            }
            return "unsafe HTML: " + attribute + " attribute on <" + tag + "> is not allowed in content" + ContentHtmlAdvice.forAttribute(tag, attribute);
        }
    }

    /**
     * Every finding in the page's content, in document order (an element that is not allowed is
     * reported without its contents); the markers and HTML comments are removed, as readers need none of them. The
     * page must have been parsed with the site's address as base URI, so relative links count as
     * the site's own.
     */
    public static List<Finding> check(Document page) {
        return check(page.select(CONTAINERS));
    }

    /** @param containers the page's elements that hold an editor's content ({@link #MARKER_SELECTOR}), in document order */
    public static List<Finding> check(List<Element> containers) {
        List<Finding> findings = new ArrayList<>();
        for (Element container : containers) {
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

    /**
     * A URL as a browser reads it (WHATWG URL parsing): spaces and control characters around it
     * dropped, tabs and line breaks inside it ignored, so {@code java&#x09;script:} is {@code javascript:}.
     */
    public static String asBrowserReads(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= 0x20) {
                return INSIDE_BREAKS.matcher(AROUND_CONTROLS.matcher(url).replaceAll("")).replaceAll("");
            }
        }
        return url;
    }

    /**
     * Values the safelist cannot judge: addresses as the browser reads them (no other host without a
     * scheme, no scheme but the allowed ones), flexmark's classes, checkbox inputs only, text alignment only.
     */
    private static boolean valueAllowed(String tag, String name, String value) {
        Finding asUrl = new Finding(tag, name, value);
        if (asUrl.scheme() != null || asUrl.protocolRelative()) {
            return false;
        }
        return switch (name) {
            case "class" -> CLASSES.containsKey(tag) && CLASSES.get(tag).matcher(value.strip()).matches();
            case "type" -> !tag.equals("input") || value.equalsIgnoreCase("checkbox");
            case "style" -> TEXT_ALIGN.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
            default -> true;
        };
    }
}
