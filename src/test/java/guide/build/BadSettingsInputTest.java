package guide.build;

import guide.site.CliBuild;
import guide.site.BreakableSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad project file besides the pages, in a copy of the test site: the authors file, the settings
 * ({@code jbake.properties}), the interface words, templates (an image without alt text among them), assets and scripts,
 * and folders the settings name that are not there. {@code ./guide build} exits 1, names the file and line, and leaves the
 * previously built site exactly as it was.
 */
class BadSettingsInputTest extends BreakableSite {
    @Test
    void anAuthorWithoutTextInALanguageIsNamedAtItsLine() throws IOException {
        edit("content/authors.yaml", s -> s.replace("    en: \"Web designer\"\n", ""));
        assertFails("content/authors.yaml:" + lineOf("content/authors.yaml", "  role:") + ": author 'ewa-nowak': 'role' has no text in 'en': add 'en: …' under it");
    }

    /** One slip in the authors file is one problem: not also "unknown author" on every page, nor "no home page" for a home page that is there. */
    @Test
    void aYamlErrorInTheAuthorsFileIsItsOnlyProblem() throws IOException {
        edit("content/authors.yaml", s -> s.replace("  name: Ewa Nowak\n", "  name: [Ewa Nowak\n"));
        CliBuild result = assertFails("content/authors.yaml:");
        assertEquals(List.of("Build failed: 1 problem; the previous site was left as it was."),
                result.err().lines().filter(l -> l.startsWith("Build failed")).toList(), result.err());
    }

    @Test
    void anAuthorEntryWithoutANameIsNamedThereAndNotOnEveryPageThatNamesTheAuthor() throws IOException {
        edit("content/authors.yaml", s -> s.replace("  name: Ewa Nowak\n", ""));
        CliBuild result = assertFails("content/authors.yaml:1: author 'ewa-nowak' has no name: write name: Name, or one per language");
        assertEquals(List.of("Build failed: 1 problem; the previous site was left as it was."),
                result.err().lines().filter(l -> l.startsWith("Build failed")).toList(), result.err());
    }

    @Test
    void anAuthorsFileSavedInWindows1250IsNamedAtItsLineAndIsItsOnlyProblem() throws IOException {
        Path authors = project.resolve("content/authors.yaml");
        int line = lineOf("content/authors.yaml", "dziesięciu");
        Files.write(authors, Files.readString(authors).getBytes(Charset.forName("windows-1250")));
        CliBuild result = assertFails("content/authors.yaml:" + line + ": not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as");
        assertEquals(List.of("Build failed: 1 problem; the previous site was left as it was."),
                result.err().lines().filter(l -> l.startsWith("Build failed")).toList(), result.err());
    }

    @Test
    void settingsSavedInWindows1250AreNamedAtTheirLine() throws IOException {
        Path settings = project.resolve("jbake.properties");
        String text = "# Ustawienia przewodnika, łącznie z językami\n" + Files.readString(settings);
        Files.write(settings, text.getBytes(Charset.forName("windows-1250")));
        assertFails("jbake.properties:1: not valid UTF-8: the file was saved in another encoding,"
                + " Windows-1250 perhaps, which reads this line as \"# Ustawienia przewodnika, łącznie z językami\"; save it as UTF-8");
    }

    @Test
    void templateErrorNamesTemplateAndLine() throws IOException {
        edit("templates/page.ftl", s -> s.replace("<h1>${content.title}</h1>", "<h1>${content.noSuchKey}</h1>"));
        assertFails("templates/page.ftl:" + lineOf("templates/page.ftl", "noSuchKey") + ": template error: The following has evaluated to null or missing");
    }

    @Test
    void assetThatIsNotInAssetsStopsTheBuild() throws IOException {
        edit("templates/quiz.ftl", s -> s.replace("style=\"/css/quiz.css\"", "style=\"/css/quizz.css\""));
        assertFails("templates/layout/asset.ftl:" + lineOf("templates/layout/asset.ftl", "#stop")
                + ": template error: asset.url(\"/css/quizz.css\"): no such file in assets/");
    }

    @Test
    void scriptImportingAMissingModuleNamesItsLine() throws IOException {
        edit("assets/js/quiz.js", s -> "import { helper } from './helpers.js';\n" + s);
        assertFails("assets/js/quiz.js:1: imports ./helpers.js, which is not in assets: fix the address");
    }

    @Test
    void uiStringMissingInOneLanguage() throws IOException {
        edit("templates/i18n/en.yaml", s -> s.replaceFirst("toc: [^\n]*\n", ""));
        assertFails("templates/i18n/en.yaml: UI string 'toc' is missing (defined in pl.yaml line "
                + lineOf("templates/i18n/pl.yaml", "toc:") + "): add toc: to this file, with its text in this file's language");
    }

    /** Named at the footer's line that writes the <img>, not at head.ftl's favicon <link>, the first template to name the same file. */
    @Test
    void anImageWithoutAltTextInATemplateIsNamedAtThatTemplatesLine() throws IOException {
        edit("templates/partials/site-footer.ftl", s -> s.replace("<p>${ui.footerNote}</p>\n", "<p>${ui.footerNote}</p>\n<img src=\"/favicon.svg\">\n"));
        CliBuild result = assertFails("templates/partials/site-footer.ftl:" + lineOf("templates/partials/site-footer.ftl", "<img")
                + ": image has no alt text: /favicon.svg: add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)");
        assertFalse(result.err().contains("head.ftl"), result.err());
    }

    /** Written through an expression, the address is not in the template as it is: the <img> is found by its tag and literal class, once. */
    @Test
    void anImageWithoutAltTextWrittenThroughAnExpressionIsNamedAtTheTemplatesLine() throws IOException {
        String footer = "templates/partials/site-footer.ftl";
        edit(footer, s -> s.replace("<p>${ui.footerNote}</p>\n", "<p>${ui.footerNote}</p>\n<#assign badge = \"/favicon.svg\">\n<img class=\"badge\" src=\"${badge}\">\n"));
        CliBuild result = assertFails(footer + ":" + lineOf(footer, "<img") + ": image has no alt text: /favicon.svg"
                + ": add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates) (on ");
        assertFalse(result.err().contains("target/site/"), result.err());
    }

    /**
     * The header writes an image with its address as it is, the footer the same image through a variable: every page
     * shows two identical {@code <img>}, and each template's line is named, not the header's for both (one problem, the
     * footer's image reported only in the build after the header's is fixed). With both through a variable, each
     * again, not one message at a built page that names both templates' lines.
     */
    @Test
    void twoTemplatesThatWriteTheSameImageWithoutAltTextAreEachNamedAtTheirLine() throws IOException {
        String header = "templates/partials/site-header.ftl";
        String footer = "templates/partials/site-footer.ftl";
        String inner = "<div class=\"wrap site-header-inner\">\n";
        edit(header, s -> s.replace(inner, inner + "<img class=\"badge\" src=\"/favicon.svg\">\n"));
        edit(footer, s -> s.replace("<p>${ui.footerNote}</p>\n", "<p>${ui.footerNote}</p>\n<#assign logo = \"/favicon.svg\">\n"
                + "<img class=\"badge\" src=\"${logo}\">\n"));
        String missing = ": image has no alt text: /favicon.svg: add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)";
        List<String> each = List.of(footer + ":" + lineOf(footer, "<img") + missing, header + ":" + lineOf(header, "<img") + missing);
        assertEquals(each, withoutAltText(assertFails(header + ":")), "the literal tag's and the variable's");

        edit(header, s -> s.replace("<img class=\"badge\" src=\"/favicon.svg\">", "<#assign seal = \"/favicon.svg\"><img class=\"badge\" src=\"${seal}\">"));
        assertEquals(each, withoutAltText(assertFails(header + ":")), "both through a variable");
    }

    /** The build's messages about missing alt text, sorted, each without the count of pages it ends with. */
    private static List<String> withoutAltText(CliBuild result) {
        return result.err().lines().filter(l -> l.contains("image has no alt text")).map(l -> l.replaceFirst(" \\(on \\d+ pages\\)$", ""))
                .sorted().toList();
    }

    /** A directive in the tag: no line can be told, so one message names the first page, the likely template and how many other pages show it. */
    @Test
    void anImageNoTemplateLineCanBeToldForIsOneMessageNamingTheLikelyTemplate() throws IOException {
        String footer = "templates/partials/site-footer.ftl";
        edit(footer, s -> s.replace("<p>${ui.footerNote}</p>\n", "<p>${ui.footerNote}</p>\n<#assign badge = \"/favicon.svg\">\n"
                + "<img class=\"badge\" src=\"${badge}\" <#if badge?length == 0>alt=\"\"</#if>>\n"));
        CliBuild result = assertFails("target/site/");
        List<String> messages = result.err().lines().filter(l -> l.contains("image has no alt text")).toList();
        assertEquals(1, messages.size(), result.err());
        assertTrue(messages.get(0).matches("target/site/\\S+\\.html:\\d+: image has no alt text: /favicon\\.svg"
                + Pattern.quote(": add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)") + " \\(probably written at "
                + Pattern.quote(footer + ":" + lineOf(footer, "<img")) + ", where an <#if> or \\$\\{…\\} sets the attributes of the <img>,"
                + " so the build cannot be sure\\) \\(also on \\d+ other pages\\)"), messages.get(0));
    }

    @Test
    void oneSidedHreflangIsAnError() throws IOException {
        edit("templates/partials/head.ftl", s -> s.replace("<#list content.alternates as alt>",
                "<#list content.alternates?filter(a -> content.lang != \"pl\" || a.lang != \"en\") as alt>"));
        assertFails("target/site/en/about/index.html:");
        assertTrue(build().err().contains("hreflang pl target https://guide.test/pl/o-przewodniku/ does not list this page back"));
    }

    @Test
    void archivePageSizeMustBeAPositiveNumber() throws IOException {
        edit("jbake.properties", s -> s + "\n# lists\nsite.archive.pageSize=0\n");
        assertFails("jbake.properties:" + lineOf("jbake.properties", "site.archive.pageSize")
                + ": site.archive.pageSize must be a whole number of at least 1 (found '0')");
    }

    /** A folder the settings point at (or the default one) that is not there is named, not met with "stopped unexpectedly". */
    @Test
    void aMissingContentFolderIsNamedWithItsSetting() throws IOException {
        edit("jbake.properties", s -> s + "\ncontent.folder=tresc\n");
        assertFails("jbake.properties:" + lineOf("jbake.properties", "content.folder=") + ": the folder tresc/ (content.folder, which holds"
                + " the Markdown) does not exist: create it, or set content.folder to the folder that holds the Markdown");
    }

    @Test
    void aMissingDefaultTemplateFolderIsNamed() throws IOException {
        Files.move(project.resolve("templates"), project.resolve("szablony"));
        assertFails("jbake.properties: the folder templates/ (template.folder, which holds the templates) does not exist");
    }
}
