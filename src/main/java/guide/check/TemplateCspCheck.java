package guide.check;

import guide.site.FolderWalk;
import guide.site.Problem;
import guide.site.TextLines;
import guide.site.Utf8Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the pages' Content Security Policy ({@code guide.publish.SecurityHeaders}: everything from the site itself,
 * nothing inline) would block in the browser, found in the templates before baking, at the template's line: an
 * inline {@code <style>} or {@code style=""}, an {@code on…=""} handler, an inline script, a {@code javascript:}
 * address, a file loaded from another site. The browser blocks these without a word on the page, so a designer
 * would otherwise see a style or a button silently do nothing. Data blocks ({@code <script type="application/ld+json">})
 * are not scripts, and a link to another site ({@code <a href>}, {@code <link rel="alternate">}) loads nothing.
 */
public final class TemplateCspCheck {
    private static final Set<String> DATA_SCRIPTS = Set.of("application/ld+json", "application/json", "importmap");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "poster", "data");
    private static final Set<String> LOADING_LINKS = Set.of("stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload",
            "prefetch", "manifest", "mask-icon");

    /** A template that cannot be read (not UTF-8, say) is named at its line, as the other template checks name it; the rest are checked. */
    public void check(Path projectDir, Path templateDir, List<Problem> problems) {
        List<Path> templates;
        try {
            templates = FolderWalk.sorted(templateDir, p -> p.getFileName().toString().endsWith(".ftl"));
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(templateDir), 0, "cannot read templates: " + e.getMessage()));
            return;
        }
        for (Path template : templates) {
            try {
                checkTemplate(projectDir.relativize(template), Utf8Text.read(template), problems);
            } catch (IOException e) {
                problems.add(Utf8Text.problem(projectDir.relativize(template), e));
            }
        }
    }

    void checkTemplate(Path file, String template, List<Problem> problems) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(TemplateBlanks.of(template), "");
        for (Element el : doc.getAllElements()) {
            if (el.sourceRange().start().pos() < 0) {
                continue; // html, head and body the parser adds
            }
            String tag = el.tagName();
            int line = TextLines.lineAt(template, el.sourceRange().startPos());
            if (tag.equals("style")) {
                problems.add(new Problem(file, line, "inline <style> is blocked by the Content Security Policy (style-src 'self'): "
                        + "move its rules to a style sheet in assets/css/ (site.css)"));
            } else if (tag.equals("script") && !el.hasAttr("src") && !DATA_SCRIPTS.contains(el.attr("type").strip().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(file, line, "inline <script> is blocked by the Content Security Policy (script-src 'self'): "
                        + "move it to a file in assets/js/ and load it with <script type=\"module\" src=\"${asset.url(\"/js/....js\")}\">"));
            }
            for (Attribute attr : el.attributes()) {
                String problem = problemOf(el, attr);
                if (problem != null) {
                    int at = attr.sourceRange().nameRange().startPos();
                    problems.add(new Problem(file, at >= 0 ? TextLines.lineAt(template, at) : line, problem));
                }
            }
        }
    }

    private static String problemOf(Element el, Attribute attr) {
        String name = attr.getKey().toLowerCase(Locale.ROOT);
        String value = attr.getValue().strip();
        String tag = "<" + el.tagName() + ">";
        if (name.equals("style")) {
            return "style attribute on " + tag + " is blocked by the Content Security Policy (style-src 'self'): "
                    + "give the element a class and style it in assets/css/site.css";
        }
        if (name.length() > 2 && name.startsWith("on") && name.chars().allMatch(Character::isLetter)) {
            return name + " attribute on " + tag + " is blocked by the Content Security Policy (script-src 'self'): "
                    + "add the handler with addEventListener in a script of assets/js/";
        }
        if (ADDRESS_ATTRIBUTES.contains(name) && value.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return "a javascript: address on " + tag + " is blocked by the Content Security Policy (script-src 'self'): "
                    + "link to an address, or add the behaviour with addEventListener in a script of assets/js/";
        }
        if (loads(el, name) && isOtherSite(value)) {
            return tag + " loads " + value + " from another site, which the Content Security Policy blocks (" + directive(el)
                    + " 'self'): put the file in assets/ and name it with asset.url(\"/...\")";
        }
        return null;
    }

    /** Whether the attribute names a file the browser fetches for the page, not an address a reader may follow. */
    private static boolean loads(Element el, String name) {
        return switch (el.tagName()) {
            case "link" -> name.equals("href") && Stream.of(el.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(LOADING_LINKS::contains);
            case "a", "area", "base" -> false;
            case "form" -> name.equals("action");
            default -> name.equals("src") || name.equals("srcset") || name.equals("poster") || name.equals("data");
        };
    }

    static boolean isOtherSite(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://") || v.startsWith("//");
    }

    private static String directive(Element el) {
        return switch (el.tagName()) {
            case "script" -> "script-src";
            case "img", "picture", "source" -> "img-src";
            case "form" -> "form-action";
            case "link" -> el.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet") ? "style-src"
                    : el.attr("rel").toLowerCase(Locale.ROOT).contains("icon") ? "img-src" : "default-src";
            default -> "default-src";
        };
    }
}
