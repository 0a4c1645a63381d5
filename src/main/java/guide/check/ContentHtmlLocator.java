package guide.check;

import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.site.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points each {@link ContentHtml.Finding} of a rendered page at the line of the editor's Markdown
 * that holds the offending tag, attribute or URL (rendered HTML keeps no Markdown positions).
 */
public final class ContentHtmlLocator {
    /** A class written as HTML: {@code class="note"}. */
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("(?<![\\w:-])class\\s*=", Pattern.CASE_INSENSITIVE);
    /** An attribute block with a class in it: {@code {.note}}, {@code {#id .note}}. */
    private static final Pattern CLASS_IN_BLOCK = Pattern.compile("\\{(?:[^{}\\n]*\\s)?\\.[A-Za-z_][\\w-]*(?:\\s[^{}\\n]*)?}");
    /** Attribute blocks written with nothing between them, {@code {#x}{.note}}: flexmark reads them as one. */
    private static final Pattern BLOCK_RUN = Pattern.compile("(?:\\{[^{}\\n]*})+");
    private static final Pattern BLOCK = Pattern.compile("\\{([^{}\\n]*)}");
    /** What in a block is an id, {@code #x} or {@code id=x}; anything else in one (a class, {@code title=}) is refused in its own right. */
    private static final Pattern ID_TOKEN = Pattern.compile("#\\S+|id\\s*=\\s*\\S+");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");
    /** The line under an underlined heading's text. */
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");

    private ContentHtmlLocator() {
    }

    /**
     * The allowlist on a document's own Markdown, outside a build (an import checks what it would
     * write this way): every finding at its line. Quiz statements' {@code {#id points=N}} are left
     * out, as the quiz renders statements itself.
     */
    public static List<Problem> check(ContentDocument doc) {
        String markdown = doc.body().replaceAll("\\{#[a-z0-9-]+ points=[^{}\\n]*}", "");
        Document html = Jsoup.parse("<div " + ContentHtml.MARKER + ">" + Markdown.toHtml(markdown) + "</div>",
                "https://guide.invalid/");
        List<Problem> problems = new ArrayList<>();
        locate(doc, doc.outputPath(), ContentHtml.check(html), problems);
        return problems;
    }

    /** @param page the built page, named instead of a document when {@code doc} is null (a page the build makes) */
    public static void locate(ContentDocument doc, String page, List<ContentHtml.Finding> findings, List<Problem> problems) {
        if (doc == null) {
            findings.forEach(finding -> problems.add(new Problem(Path.of(page), 0, finding.message())));
            return;
        }
        MarkdownBodyLines lines = new MarkdownBodyLines(doc);
        for (ContentHtml.Finding finding : findings) {
            int line = line(lines, finding);
            message(finding, lines, line).ifPresent(message -> problems.add(new Problem(doc.source(), line, message)));
        }
    }

    /**
     * The finding's message, but for a class or an id an editor wrote in Markdown ({@code ## Title {.note}},
     * {@code ## Title{#x}}), which is named as written: "unsafe HTML: class attribute on <h2>" or "id attribute
     * on <span>" would not lead them to the block. Empty when the finding is another one's consequence.
     */
    private static Optional<String> message(ContentHtml.Finding finding, MarkdownBodyLines lines, int number) {
        String line = lines.text(number);
        // A block is looked for among the line's blocks (not in code beside it), and read in the line as written.
        String blocks = lines.text(MarkdownBodyLines.View.BLOCKS, number);
        if ("id".equalsIgnoreCase(finding.attribute())) {
            Matcher block = idBlock(finding.value()).matcher(blocks);
            if (block.find()) {
                return idInBlock(block, line, HEADING.matcher(line).find() || !line.isBlank() && UNDERLINE.matcher(lines.text(number + 1)).matches());
            }
        }
        if ("class".equalsIgnoreCase(finding.attribute()) && !CLASS_ATTRIBUTE.matcher(lines.text(MarkdownBodyLines.View.MARKUP, number)).find()) {
            Matcher block = CLASS_IN_BLOCK.matcher(blocks);
            if (block.find()) {
                return Optional.of(block.group() + ": a class on a heading or paragraph is not allowed in content"
                        + ContentHtmlAdvice.forAttribute("p", "class"));
            }
        }
        return Optional.of(finding.message());
    }

    /**
     * An id written in an attribute block that flexmark gave to something else than a heading (only headings may
     * have one). Glued to the heading's last word ({@code ## Title{#x}}) it goes on a span around the word; followed
     * by another block ({@code ## Title {#x} {.note}}, {@code {#x}{.note}}) on the text before it, while the later
     * block, refused in its own right, takes the heading's place: that one is the mistake, named once, where it is.
     */
    private static Optional<String> idInBlock(Matcher block, String line, boolean heading) {
        String written = block.group();
        if (!heading) {
            return Optional.of(written + ": only a heading may have an id in content (written last on the heading's line, after a space); remove it here");
        }
        MatchResult run = BLOCK_RUN.matcher(line).results()
                .filter(r -> r.start() <= block.start() && block.end() <= r.end()).findFirst().orElseThrow();
        if (run.start() > 0 && !Character.isWhitespace(line.charAt(run.start() - 1))) {
            return Optional.of(written + " right after a word gives that word an id, not the heading: put a space before " + written);
        }
        Matcher other = BLOCK.matcher(line);
        for (int from = run.start(); other.find(from); from = other.end()) {
            if (other.start() != block.start() && !ID_TOKEN.matcher(other.group(1)).replaceAll("").isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(written + " is followed by more of the heading, so it gives the text before it an id, not the heading:"
                + " write it last on the heading's line, after a space");
    }

    /** An attribute block that gives the id {@code id}: {@code {#x}}, {@code {id=x}}, {@code { #x .note }}. */
    private static Pattern idBlock(String id) {
        String quoted = Pattern.quote(id);
        return Pattern.compile("\\{(?:[^{}\\n]*\\s)?(?:#" + quoted + "|id\\s*=\\s*([\"']?)" + quoted + "\\1)(?:\\s[^{}\\n]*)?}");
    }

    /**
     * The line that holds what the finding names, looked for where it can have come from: an attribute block that
     * flexmark reads as one, else markup outside code ({@code `<iframe>`} in a sentence is shown, not refused).
     */
    private static int line(MarkdownBodyLines lines, ContentHtml.Finding finding) {
        int line = lineOf(lines, finding);
        return line > 0 ? line : lines.firstLine();
    }

    private static int lineOf(MarkdownBodyLines lines, ContentHtml.Finding finding) {
        MarkdownBodyLines.View markup = MarkdownBodyLines.View.MARKUP;
        if (finding.attribute() == null) {
            return finding.tag().equals("h1") ? lines.first(markup, pattern("^#[ \\t]"), pattern("<h1(?![\\w:-])"))
                    : lines.first(markup, pattern("<" + Pattern.quote(finding.tag()) + "(?![\\w:-])"));
        }
        String name = "(?<![\\w:-])" + Pattern.quote(finding.attribute());
        if (finding.attribute().equalsIgnoreCase("id")) {
            // An id is mostly written in an attribute block, {#x}, where it names no "id"; else as id="x".
            int block = lines.first(MarkdownBodyLines.View.BLOCKS, idBlock(finding.value()));
            return block > 0 ? block : lines.first(markup, pattern(name + "\\s*=\\s*[\"']?" + Pattern.quote(finding.value()) + "(?![\\w-])"),
                    pattern(name + "\\s*="), pattern(name + "(?![\\w:-])"), pattern("\\{[^}]*" + Pattern.quote(finding.attribute())));
        }
        // An address is found as the browser reads it (entities decoded, tabs ignored), whether written
        // as an attribute value, a Markdown link or autolink, or a reference definition.
        String url = "(?:[=(<,]|\\]:)\\s*[\"']?\\s*";
        Pattern whole = pattern(url + Pattern.quote(ContentHtml.asBrowserReads(finding.value())) + "(?=[\\s\"')>]|$)");
        MarkdownBodyLines.View decoded = MarkdownBodyLines.View.MARKUP_DECODED;
        if (finding.scheme() != null) {
            return lines.first(decoded, whole, pattern(url + Pattern.quote(finding.scheme())), pattern(Pattern.quote(finding.scheme())));
        }
        if (finding.protocolRelative()) {
            return lines.first(decoded, whole, pattern(url + "[/\\\\]{2}"));
        }
        if (finding.attribute().equalsIgnoreCase("class")) {
            // A class is mostly written in an attribute block, {.note}, as a heading's or a paragraph's; else as class=.
            int html = lines.first(markup, pattern(name + "\\s*="));
            int block = html > 0 ? html : lines.first(MarkdownBodyLines.View.BLOCKS, CLASS_IN_BLOCK);
            return block > 0 ? block : lines.first(markup, pattern(name + "(?![\\w:-])"), pattern("\\{[^}]*" + Pattern.quote(finding.attribute())));
        }
        // With its value first, when it has one: the same name may be written rightly above (a quiz statement's points=3
        // before a stray points=9). Then by its name and =, its name alone in a tag (a valueless attribute: the same word
        // in a sentence above is not it), its name alone (in a tag of several lines), or in an attribute block.
        List<Pattern> candidates = new ArrayList<>();
        if (finding.value() != null && !finding.value().isEmpty()) {
            candidates.add(pattern(name + "\\s*=\\s*[\"']?" + Pattern.quote(finding.value()) + "(?![\\w-])"));
        }
        candidates.addAll(List.of(pattern(name + "\\s*="), pattern("<[a-z][^<>]*\\s" + name + "(?![\\w:-])"), pattern(name + "(?![\\w:-])"),
                pattern("\\{[^}]*" + Pattern.quote(finding.attribute()))));
        return lines.first(markup, candidates.toArray(Pattern[]::new));
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    }
}
