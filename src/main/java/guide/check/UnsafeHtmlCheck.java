package guide.check;

import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.site.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Raw HTML in Markdown must not run script, load other pages or restyle the site: content comes
 * from editors and translators outside the team, and readers trust every page. Checked on each
 * published document's rendered Markdown before baking, so nothing unsafe is ever built; each fault
 * is reported at the Markdown line holding the offending tag, attribute or URL.
 */
public final class UnsafeHtmlCheck {
    private static final Set<String> ELEMENTS = Set.of("script", "iframe", "object", "embed", "style", "frame", "frameset",
            "base", "meta", "link", "form");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcset");
    private static final List<String> SCHEMES = List.of("javascript:", "vbscript:", "data:");
    private static final Set<String> STYLE_PROPERTIES = Set.of("text-align");

    public void check(List<ContentDocument> documents, List<Problem> problems) {
        check(documents, problems, new guide.content.DocumentMemo<>());
    }

    /** @param memo results for documents unchanged since an earlier build */
    public void check(List<ContentDocument> documents, List<Problem> problems, guide.content.DocumentMemo<List<Problem>> memo) {
        problems.addAll(documents.parallelStream().flatMap(doc -> memo.get(doc, d -> {
            List<Problem> found = new java.util.ArrayList<>();
            if (mayHoldUnsafeHtml(d)) {
                check(d, found);
            }
            return List.copyOf(found);
        }).stream()).toList());
    }

    /**
     * Markdown without raw HTML, character references or a script/data scheme cannot produce any of
     * the faults below; most articles are skipped without rendering or parsing them.
     */
    static boolean mayHoldUnsafeHtml(ContentDocument doc) {
        String text = doc.body().toLowerCase(Locale.ROOT).replaceAll("[\\t\\n\\r]", "");
        return text.indexOf('<') >= 0 || text.contains("&#") || text.contains("&colon") || text.contains("script:") || text.contains("data:");
    }

    private static void check(ContentDocument doc, List<Problem> problems) {
        String html = Markdown.toHtmlAsWritten(doc.body());
        MarkdownBodyLines lines = new MarkdownBodyLines(doc);
        // Elements as written: the HTML parser would silently drop some (a <frame> inside the body).
        for (Element e : Jsoup.parse(html, "", Parser.xmlParser().setTrackPosition(true)).getAllElements()) {
            String tag = e.normalName();
            if (ELEMENTS.contains(tag)) {
                int line = lines.find(pattern("<" + Pattern.quote(tag) + "(?![\\w:-])"));
                problems.add(new Problem(doc.source(), line, "unsafe HTML: <" + tag + "> element is not allowed in content"));
            }
        }
        // Attributes as a browser builds them: entities decoded, names lowercased.
        for (Element e : Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).getAllElements()) {
            for (Attribute attribute : e.attributes()) {
                checkAttribute(doc, lines, e.normalName(), attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue(), problems);
            }
        }
    }

    private static void checkAttribute(ContentDocument doc, MarkdownBodyLines lines, String tag, String name, String value,
                                       List<Problem> problems) {
        String quoted = "(?<![\\w:-])" + Pattern.quote(name);
        if (name.startsWith("on")) {
            int line = lines.find(pattern(quoted + "\\s*="), pattern(quoted + "(?![\\w:-])"));
            problems.add(new Problem(doc.source(), line, "unsafe HTML: " + name + " attribute on <" + tag + ">"));
        } else if (URL_ATTRIBUTES.contains(name)) {
            badScheme(name, value).ifPresent(scheme -> {
                // As an attribute value, a Markdown link or autolink, a reference definition; else anywhere.
                int line = lines.findDecoded(pattern("(?:[=(<,]|\\]:)\\s*[\"']?\\s*" + Pattern.quote(scheme)), pattern(Pattern.quote(scheme)));
                problems.add(new Problem(doc.source(), line, "unsafe HTML: " + scheme + " URL in " + name + " of <" + tag + ">"));
            });
        } else if (name.equals("style")) {
            disallowedStyle(value).ifPresent(property -> {
                int line = lines.find(pattern(quoted + "\\s*=[^>]*" + Pattern.quote(property)), pattern(quoted + "\\s*="));
                problems.add(new Problem(doc.source(), line, "unsafe HTML: style attribute with '" + property + "' (allowed: "
                        + String.join(", ", STYLE_PROPERTIES.stream().sorted().toList()) + ")"));
            });
        }
    }

    /** The forbidden scheme a URL (or any candidate of a srcset) uses, read the way browsers read it. */
    static Optional<String> badScheme(String name, String value) {
        List<String> urls = name.equals("srcset") ? List.of(value.split(",")) : List.of(value);
        for (String url : urls) {
            // Browsers ignore tabs and line breaks anywhere in a URL, and leading or trailing spaces and controls.
            String normal = url.replaceAll("[\t\r\n]", "").replaceAll("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
            for (String scheme : SCHEMES) {
                if (normal.startsWith(scheme)) {
                    return Optional.of(scheme);
                }
            }
        }
        return Optional.empty();
    }

    /** The first property of a style attribute that is not allowed, if any. */
    static Optional<String> disallowedStyle(String style) {
        for (String declaration : style.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            String property = (colon < 0 ? declaration : declaration.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            if (!STYLE_PROPERTIES.contains(property)) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
