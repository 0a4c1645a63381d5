package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateCspCheckTest {
    private static final Path FOOTER = Path.of("templates/partials/site-footer.ftl");

    private static List<String> problems(String template) {
        List<Problem> found = new ArrayList<>();
        new TemplateCspCheck().checkTemplate(FOOTER, template, found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    /** A handler written on the line after its tag's start is named at its own line. */
    void inlineStylesAndHandlersAreNamedAtTheirLines() {
        assertEquals(List.of(
                "templates/partials/site-footer.ftl:2: style attribute on <p> is blocked by the Content Security Policy (style-src 'self'): "
                        + "give the element a class and style it in assets/css/site.css",
                "templates/partials/site-footer.ftl:4: onclick attribute on <button> is blocked by the Content Security Policy (script-src 'self'): "
                        + "add the handler with addEventListener in a script of assets/js/",
                "templates/partials/site-footer.ftl:5: inline <style> is blocked by the Content Security Policy (style-src 'self'): "
                        + "move its rules to a style sheet in assets/css/ (site.css)",
                "templates/partials/site-footer.ftl:6: inline <script> is blocked by the Content Security Policy (script-src 'self'): "
                        + "move it to a file in assets/js/ and load it with <script type=\"module\" src=\"${asset.url(\"/js/....js\")}\">"),
                problems("<footer>\n<p style=\"color: red\">${ui.footerNote}</p>\n<button type=\"button\"\n onclick=\"share()\">x</button>\n"
                        + "<style>.x { color: red }</style>\n<script>share();</script>\n</footer>"));
    }

    /** A template saved with old-Mac or Windows line ends: the lines its editor shows, not the HTML parser's, which counts only LF. */
    @Test
    void linesAreCountedAsTheEditorShowsThemWhateverTheLineEnds() {
        String template = "<footer>\n<#-- a note\nover two lines -->\n<p style=\"color: red\">x</p>\n<button type=\"button\"\n onclick=\"share()\">x</button>\n"
                + "<script>share();</script>\n</footer>";
        for (String lineEnd : List.of("\n", "\r", "\r\n")) {
            assertEquals(List.of("4", "6", "7"), problems(template.replace("\n", lineEnd)).stream().map(p -> p.split(":")[1]).toList(),
                    lineEnd.length() + " character line ends, " + (lineEnd.equals("\r") ? "CR" : "LF"));
        }
    }

    @Test
    void filesFromAnotherSiteAreNamedButLinksToItAreNot() {
        assertEquals(List.of(
                "templates/partials/site-footer.ftl:1: <link> loads https://fonts.googleapis.com/css2?family=Inter from another site, "
                        + "which the Content Security Policy blocks (style-src 'self'): put the file in assets/ and name it with asset.url(\"/...\")",
                "templates/partials/site-footer.ftl:3: <img> loads //cdn.example.com/logo.png from another site, "
                        + "which the Content Security Policy blocks (img-src 'self'): put the file in assets/ and name it with asset.url(\"/...\")"),
                problems("<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Inter\">\n"
                        + "<a href=\"https://example.com/\">a site</a><link rel=\"alternate\" href=\"https://example.com/en/\">\n"
                        + "<img src=\"//cdn.example.com/logo.png\" alt=\"\">"));
    }

    /** What the real templates write: JSON-LD, module scripts and style sheets through asset.url(), directives inside attributes. */
    @Test
    void whatThePolicyAllowsPasses() {
        assertEquals(List.of(), problems("<#-- <style> in a comment -->\n<script type=\"application/ld+json\">{\"a\": 1}</script>\n"
                + "<script type=\"module\" src=\"${asset.url(\"/js/search.js\")}\"></script>\n"
                + "<link rel=\"stylesheet\" href=\"${asset.url(\"/css/site.css\")}\">\n"
                + "<meta property=\"og:type\" content=\"<#if content.type == \"post\">article<#else>website</#if>\">\n"
                + "<#macro page kind script=\"\" style=\"\"><@layout.page kind=\"quiz\" style=\"/css/quiz.css\"></@layout.page></#macro>\n"
                + "<p class=\"${onclick!}\">${content.body?no_esc}</p>"));
    }

    /** A javascript: address, and a link that loads a file (an icon) from another site; an attribute merely named "on" is no handler. */
    @Test
    void javascriptAddressesAndIconsFromAnotherSiteAreNamed() {
        assertEquals(List.of(
                "templates/partials/site-footer.ftl:1: a javascript: address on <a> is blocked by the Content Security Policy (script-src 'self'): "
                        + "link to an address, or add the behaviour with addEventListener in a script of assets/js/",
                "templates/partials/site-footer.ftl:2: <link> loads https://cdn.example.com/icon.png from another site, "
                        + "which the Content Security Policy blocks (img-src 'self'): put the file in assets/ and name it with asset.url(\"/...\")"),
                problems("<a href=\"javascript:void(0)\" data-note=\"javascript: is fine here\" on=\"x\">menu</a>\n"
                        + "<link rel=\"icon\" href=\"https://cdn.example.com/icon.png\">"));
    }

    /** What an interpolation writes is not read as HTML, and only the interpolation is blanked: the attribute after it is still seen. */
    @Test
    void interpolationsAreBlankedExactly() {
        assertEquals(List.of(), problems("<p>${\"<style>\"}</p>"));
        assertEquals(List.of("templates/partials/site-footer.ftl:1: style attribute on <p> is blocked by the Content Security Policy "
                + "(style-src 'self'): give the element a class and style it in assets/css/site.css"), problems("<p class=\"${x}\" style=\"a\">t</p>"));
    }

    /** Every .ftl file under templates/, at its path in the project; other files are not templates. */
    @Test
    void everyTemplateOfTheFolderIsChecked(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(project.resolve("templates/partials/a.ftl"), "<p style=\"x\">a</p>");
        Files.writeString(project.resolve("templates/notes.txt"), "<p style=\"x\">not a template</p>");
        List<Problem> found = new ArrayList<>();
        new TemplateCspCheck().check(project, project.resolve("templates"), found);
        assertEquals(List.of("templates/partials/a.ftl:1"), found.stream().map(p -> p.file() + ":" + p.line()).toList());
    }

    /**
     * Every attribute that makes the browser fetch a file names one from another site (a picture's srcset, a video's poster, an
     * object's data); a javascript: address is named in an address attribute only, not in words that mention it.
     */
    @Test
    void everyLoadingAttributeAndJavascriptAddressesAreNamed() {
        assertEquals(List.of("1 <img> loads https://cdn.example.com/a.png 2x", "2 <video> loads https://cdn.example.com/a.jpg",
                        "3 <object> loads https://cdn.example.com/a.svg", "4 a javascript: address on <a>"),
                problems("<img src=\"/a.png\" srcset=\"https://cdn.example.com/a.png 2x\" alt=\"\">\n"
                        + "<video poster=\"https://cdn.example.com/a.jpg\"></video>\n<object data=\"https://cdn.example.com/a.svg\"></object>\n"
                        + "<a href=\"javascript:share()\">x</a>\n<p title=\"javascript: links are not used here\">y</p>").stream()
                        .map(p -> p.split(":")[1] + " " + p.substring(p.indexOf(": ") + 2, p.indexOf(p.contains(" loads ") ? " from " : " is blocked"))).toList());
    }
}
