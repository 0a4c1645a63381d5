package guide.check;

import guide.content.ContentDocument;
import guide.site.Problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points each {@link ContentHtml.Finding} of a rendered page at the line of the editor's Markdown
 * that holds the offending tag, attribute or URL (rendered HTML keeps no Markdown positions).
 */
public final class ContentHtmlLocator {
    /** An attribute block with a class in it: {@code {.note}}, {@code {#id .note}}. */
    /** A class written as HTML: {@code class="note"}. */
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(?<![\\w:-])class\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_IN_BLOCK = Pattern.compile("\\{(?:[^{}\\n]*\\s)?\\.[A-Za-z_][\\w-]*(?:\\s[^{}\\n]*)?}");

    private ContentHtmlLocator() {
    }

    /**
     * The allowlist on a document's own Markdown, outside a build (an import checks what it would
     * write this way): every finding at its line. Quiz statements' {@code {#id points=N}} are left
     * out, as the quiz renders statements itself.
     */
    public static List<Problem> check(ContentDocument doc) {
        String markdown = doc.body().replaceAll("\\{#[a-z0-9-]+ points=[^{}\\n]*}", "");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse("<div " + ContentHtml.MARKER + ">" + guide.content.Markdown.toHtml(markdown) + "</div>",
                "https://guide.invalid/");
        List<Problem> problems = new java.util.ArrayList<>();
        locate(doc, doc.outputPath(), ContentHtml.check(html), problems);
        return problems;
    }

    /** @param page the built page, named instead of a document when {@code doc} is null (a page the build makes) */
    public static void locate(ContentDocument doc, String page, List<ContentHtml.Finding> findings, List<Problem> problems) {
        if (doc == null) {
            findings.forEach(finding -> problems.add(new Problem(java.nio.file.Path.of(page), 0, finding.message())));
            return;
        }
        MarkdownBodyLines lines = new MarkdownBodyLines(doc);
        for (ContentHtml.Finding finding : findings) {
            int line = line(lines, finding);
            problems.add(new Problem(doc.source(), line, message(finding, lines.text(line))));
        }
    }

    /**
     * The finding's message, but for a class an editor wrote in Markdown ({@code ## Title {.note}}), which is
     * named as written: "unsafe HTML: class attribute on <h2>" would not lead them to the {@code {.note}}.
     */
    private static String message(ContentHtml.Finding finding, String line) {
        if ("class".equalsIgnoreCase(finding.attribute()) && !CLASS_ATTRIBUTE.matcher(line).find()) {
            Matcher block = CLASS_IN_BLOCK.matcher(line);
            if (block.find()) {
                return block.group() + ": a class on a heading or paragraph is not allowed in content; remove it";
            }
        }
        return finding.message();
    }

    private static int line(MarkdownBodyLines lines, ContentHtml.Finding finding) {
        if (finding.attribute() == null) {
            return finding.tag().equals("h1") ? lines.find(pattern("^#[ \\t]"), pattern("<h1(?![\\w:-])"))
                    : lines.find(pattern("<" + Pattern.quote(finding.tag()) + "(?![\\w:-])"));
        }
        String name = "(?<![\\w:-])" + Pattern.quote(finding.attribute());
        // An address is found as the browser reads it (entities decoded, tabs ignored), whether written
        // as an attribute value, a Markdown link or autolink, or a reference definition.
        String url = "(?:[=(<,]|\\]:)\\s*[\"']?\\s*";
        Pattern whole = pattern(url + Pattern.quote(ContentHtml.asBrowserReads(finding.value())) + "(?=[\\s\"')>]|$)");
        if (finding.scheme() != null) {
            return lines.findDecoded(whole,
                    pattern(url + Pattern.quote(finding.scheme())), pattern(Pattern.quote(finding.scheme())));
        }
        if (finding.protocolRelative()) {
            return lines.findDecoded(whole, pattern(url + "[/\\\\]{2}"));
        }
        if (finding.attribute().equalsIgnoreCase("class")) {
            // A class is mostly written in an attribute block, {.note}, as a heading's or a paragraph's; else as class=.
            return lines.find(pattern(name + "\\s*="), CLASS_IN_BLOCK, pattern(name + "(?![\\w:-])"),
                    pattern("\\{[^}]*" + Pattern.quote(finding.attribute())));
        }
        return lines.find(pattern(name + "\\s*="), pattern(name + "(?![\\w:-])"), pattern("\\{[^}]*" + Pattern.quote(finding.attribute())));
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    }
}
