package guide.build;

import guide.site.BreakableSite;
import guide.site.ThirdLanguage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes a designer makes in templates/ and assets/, in a copy of the test site: {@code ./guide build} exits 1,
 * prints exactly the lines that name the file and line where the mistake is and what to do, and leaves the previous
 * site as it was.
 */
class DesignerMistakesTest extends BreakableSite {
    /** Named once, at the partial's own line, not at the layout line that includes it and not a second time as "an earlier attempt". */
    @Test
    void aSyntaxErrorInAPartialIsNamedOnceAtThePartialsLine() throws IOException {
        String footer = "templates/partials/site-footer.ftl";
        edit(footer, s -> s.replace("<p>${ui.footerNote}</p>", "<p>${ui.footerNote</p>"));
        List<String> problems = failingLines();
        assertEquals(1, problems.size(), () -> "one problem expected:\n" + String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(footer + ":" + lineOf(footer, "${ui.footerNote</p>") + ": template syntax error: "), problems.get(0));
    }

    /** A syntax error in a page's own template, which both cores meet: one problem, never "cannot render ... earlier attempt". */
    @Test
    void aSyntaxErrorInAPageTemplateIsOneProblem() throws IOException {
        edit("templates/page.ftl", s -> s.replace("<h1>${content.title}</h1>", "<h1>${content.title</h1>"));
        List<String> problems = failingLines();
        assertEquals(List.of("templates/page.ftl:" + lineOf("templates/page.ftl", "<h1>") + ": template syntax error: "),
                problems.stream().map(p -> p.substring(0, p.indexOf("error: ") + 7)).toList(), String.join("\n", problems));
    }

    /** A renamed partial: the including line, and the missing file by its path in the project, without Freemarker's loader internals. */
    @Test
    void anIncludeOfAMissingPartialNamesTheFile() throws IOException {
        String base = "templates/layout/base.ftl";
        edit(base, s -> s.replace("<#include \"/partials/site-footer.ftl\">", "<#include \"/partials/footer.ftl\">"));
        List<String> problems = failingLines();
        assertEquals(1, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(base + ":" + lineOf(base, "/partials/footer.ftl")
                + ": template error: it names templates/partials/footer.ftl, which does not exist: correct the name, or put the file there (rendering "),
                problems.get(0));
    }

    /** Notepad's "UTF-8 with BOM": named for what it is, not as the engine's syntax error listing every directive it expected. */
    @Test
    void aTemplateSavedWithAByteOrderMarkSaysHowToSaveIt() throws IOException {
        edit("templates/page.ftl", s -> "\uFEFF" + s);
        assertEquals(List.of("templates/page.ftl:1: the file starts with a byte order mark (\"UTF-8 with BOM\", as Windows Notepad saves it),"
                + " which the template engine reads as text: save it as \"UTF-8\" without BOM (in Notepad: File > Save As, Encoding: UTF-8)"),
                failingLines());
    }

    /**
     * A template saved in Windows-1250 (an old Notepad's "ANSI"): named once, at the line of its first letter that is not UTF-8,
     * not as "the build stopped unexpectedly" with the decoder's "Input length = 1", nor once for each check that reads templates,
     * nor with warnings that the interface words the footer names are unused.
     */
    @Test
    void aTemplateSavedInWindows1250IsNamedOnceAtItsLine() throws IOException {
        String footer = "templates/partials/site-footer.ftl";
        int line = lineOf(footer, "\u00b7");
        Path file = project.resolve(footer);
        Files.write(file, Files.readString(file).getBytes(Charset.forName("windows-1250")));
        String err = failedBuild().err();
        List<String> problems = err.lines().takeWhile(l -> !l.startsWith("Build failed") && !l.startsWith("Also ")).toList();
        assertEquals(1, problems.size(), () -> String.join("\n", problems));
        assertFalse(err.contains("interface word"), () -> "the words the unread footer names are not unused:\n" + err);
        assertTrue(problems.get(0).startsWith(footer + ":" + line + ": not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps,"
                + " which reads this line as \"<#-- Every link has a \"\u00b7\" before it;"), problems.get(0));
    }

    /**
     * A style sheet and a favicon saved in Windows-1250 (a Polish word in a comment): each named at its line, as a template
     * is; the builder read them as UTF-8 and stopped with "the build stopped unexpectedly: MalformedInputException".
     */
    @Test
    void assetsSavedInWindows1250AreNamedAtTheirLines() throws IOException {
        for (String asset : List.of("assets/css/site.css", "assets/favicon.svg")) {
            Path file = project.resolve(asset);
            String text = Files.readString(file);
            String commented = asset.endsWith(".css") ? "/* kolor \u017c\u00f3\u0142ty */\n" + text
                    : text.replaceFirst(">", "><!-- \u017c\u00f3\u0142ty -->");
            Files.write(file, commented.getBytes(Charset.forName("windows-1250")));
        }
        List<String> problems = failingLines();
        assertEquals(2, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("assets/css/site.css:1: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("assets/favicon.svg:1: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps"),
                problems.get(1));
    }

    /** The browser would drop these without a word on the page: the build stops at the template's and the style sheet's lines. */
    @Test
    void whatTheContentSecurityPolicyBlocksStopsTheBuild() throws IOException {
        String footer = "templates/partials/site-footer.ftl";
        edit(footer, s -> s.replace("<p>${ui.footerNote}</p>", "<p onclick=\"this.hidden = true\">${ui.footerNote}</p>"));
        edit("assets/css/site.css", s -> "@import url(\"https://fonts.googleapis.com/css2?family=Inter\");\n" + s);
        List<String> problems = failingLines();
        assertEquals(2, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("assets/css/site.css:1: @import of https://fonts.googleapis.com/css2?family=Inter loads a file "
                + "from another site, which the Content Security Policy blocks (style-src 'self')"), problems.get(0));
        assertTrue(problems.get(1).startsWith(footer + ":" + lineOf(footer, "onclick")
                + ": onclick attribute on <p> is blocked by the Content Security Policy (script-src 'self')"), problems.get(1));
    }

    /** A place no page writes, too long for a number: the style sheet's line and what to write, never a stack trace. */
    @Test
    void aDecidingLevelThatIsNoPlaceIsNamedAtTheStyleSheetsLine() throws IOException {
        String quiz = "assets/css/quiz.css";
        edit(quiz, s -> s.replaceFirst("\\[data-decides-level=\"1\"]:checked", "[data-decides-level=\"99999999999\"]:checked"));
        assertEquals(List.of(quiz + ":" + lineOf(quiz, "99999999999") + ": [data-decides-level=\"99999999999\"] matches nothing the quiz page"
                + " writes, so this rule never applies: data-decides-level is a band's place in the table of results, which the page writes as a"
                + " whole number from 1 to 999 without leading zeros or spaces; write [data-decides-level=\"1\"] for the first band, \"2\" for"
                + " the second"), failingLines());
    }

    /** Place 2 on the ticked statement's side of a rule and 3 on the note's: band 2's note would never show, so the build stops there. */
    @Test
    void aRuleWhoseTwoDecidingPlacesDifferIsNamedAtTheNotesPlace() throws IOException {
        String quiz = "assets/css/quiz.css";
        edit(quiz, s -> s.replaceFirst("\\.quiz-total-decides\\[data-decides-level=\"2\"],", ".quiz-total-decides[data-decides-level=\"3\"],"));
        assertEquals(List.of(quiz + ":" + lineOf(quiz, "[data-decides-level=\"2\"]:checked) .quiz-total-decides[data-decides-level=\"3\"]")
                + ": [data-decides-level=\"2\"]:checked and the note's [data-decides-level=\"3\"] are different places: this rule would apply"
                + " to band 3's note when a statement deciding band 2 is ticked, and band 2's note would never show; write the same place on both"
                + " sides of the selector: .quiz-total-decides[data-decides-level=\"2\"], or [data-decides-level=\"3\"]:checked if the rule is"
                + " for band 3"), failingLines());
    }

    /**
     * Marathi added with its home and about pages and no quiz, and digits.css's rule for its Devanagari digits deleted: its
     * numbered lists would count 1, 2, 3 beside text that writes १, २, ३, so the build stops at its locale setting.
     */
    @Test
    void aLanguageWithPagesWhoseDigitsNoRuleNamesIsNamedAtItsLocaleSetting() throws IOException {
        new ThirdLanguage("mr", Map.of("locale", "mr-IN"),
                new ThirdLanguage.AuthorWords("Web designer", "Web designer.", "The test editors", "Editorial team", "The editors."),
                new ThirdLanguage.Names("marathijskim oryginałem", "marathijskim oryginale", "tylko po marathi", "po marathi"),
                new ThirdLanguage.Names("the Marathi original", "the Marathi original", "available in Marathi only", "in Marathi"))
                .addTo(project);
        Files.delete(project.resolve("content/mr/client-quiz.md"));
        edit("assets/css/digits.css", s -> s.replace("[data-digits=\"deva\"] { --digits: devanagari; }\n", ""));
        assertEquals(List.of("jbake.properties:" + lineOf("jbake.properties", "site.language.mr.locale=") + ": Marathi (mr-IN) writes"
                + " numbers with the digits ०१२३४५६७८९ (CLDR's numbering system deva), as the build and the scripts do, but the style sheets"
                + " write the markers of numbered lists with CSS counters, and no rule gives them these digits: its 2 pages would number"
                + " lists 1, 2, 3 where the text writes १, २, ३; add [data-digits=\"deva\"] { --digits: devanagari; } to assets/css/digits.css,"
                + " or give the language Latin digits everywhere with site.language.mr.locale=mr-IN-u-nu-latn in jbake.properties"),
                failingLines());
    }
}
