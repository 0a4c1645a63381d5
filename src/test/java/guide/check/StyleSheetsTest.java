package guide.check;

import guide.site.Problem;
import guide.site.TextLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The style sheets the checks read: every .css file of assets/, named in the project and on the site, in a stable order. */
class StyleSheetsTest {
    @TempDir
    Path project;

    @Test
    void everyStyleSheetOfAssetsIsReadWithItsTwoNames() throws Exception {
        Files.createDirectories(project.resolve("assets/css/print"));
        Files.writeString(project.resolve("assets/css/site.css"), "body { color: red; }\n");
        Files.writeString(project.resolve("assets/css/print/page.css"), "@page { margin: 1cm; }\n");
        Files.writeString(project.resolve("assets/css/notes.txt"), "not a style sheet");
        List<Problem> problems = new ArrayList<>();

        List<StyleSheets.Sheet> sheets = StyleSheets.read(project, project.resolve("assets"), problems);

        assertEquals(List.of(new StyleSheets.Sheet(Path.of("assets/css/print/page.css"), "/css/print/page.css", "@page { margin: 1cm; }\n"),
                new StyleSheets.Sheet(Path.of("assets/css/site.css"), "/css/site.css", "body { color: red; }\n")), sheets);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), StyleSheets.read(project, project.resolve("no-assets"), problems), "a project without assets/ has none");
    }

    @Test
    void commentsAreBlankedWithTheirLinesKept() {
        String text = StyleSheets.withoutComments("a {}\n/* one\ntwo */ b {}\n");
        assertEquals("a {}\n      \n       b {}\n", text);
        assertEquals(3, TextLines.lineAt(text, text.indexOf('b')));
    }

    /**
     * A style sheet saved with Windows' line ends, or an old Mac's (a lone CR), has its problems at the lines the designer's
     * program shows, the same in every check: a lone CR was no line break to them, and every problem was on line 1.
     */
    @Test
    void everyCheckCountsEveryLineEndAsOneLine() throws Exception {
        Files.createDirectories(project.resolve("assets/css"));
        for (String end : List.of("\n", "\r\n", "\r")) {
            String css = "/* the" + end + "site */ .a { background: url(/missing.png) }" + end + ".b {" + end + "@import url(https://fonts.example.com/x.css);" + end;
            Files.writeString(project.resolve("assets/css/site.css"), css);
            List<Problem> problems = new ArrayList<>();
            List<StyleSheets.Sheet> sheets = StyleSheets.read(project, project.resolve("assets"), problems);
            new StyleSheetBraces().check(sheets, problems);
            new StyleSheetCspCheck().check(sheets, problems);
            new StyleSheetAddresses().check(sheets, project.resolve("assets"), problems);
            assertEquals(List.of("assets/css/site.css:3", "assets/css/site.css:4", "assets/css/site.css:2"),
                    problems.stream().map(p -> p.file() + ":" + p.line()).toList(), "line ends " + end.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    /** The three checks that look into style sheets take them as read, each naming its own fault. */
    @Test
    void theChecksReadTheSheetsTheyAreGiven() throws Exception {
        Files.createDirectories(project.resolve("assets/css"));
        Files.writeString(project.resolve("assets/css/site.css"), ".a { background: url(/missing.png) }\n.b {\n@import url(https://fonts.example.com/x.css);\n");
        Files.writeString(project.resolve("assets/there.png"), "png");
        List<Problem> problems = new ArrayList<>();
        List<StyleSheets.Sheet> sheets = StyleSheets.read(project, project.resolve("assets"), problems);
        new StyleSheetBraces().check(sheets, problems);
        new StyleSheetCspCheck().check(sheets, problems);
        new StyleSheetAddresses().check(sheets, project.resolve("assets"), problems);
        assertEquals(List.of("assets/css/site.css:2", "assets/css/site.css:3", "assets/css/site.css:1"),
                problems.stream().map(p -> p.file() + ":" + p.line()).toList(), problems.toString());
        problems.clear();
        new StyleSheetAddresses().check(List.of(new StyleSheets.Sheet(Path.of("assets/css/site.css"), "/css/site.css", ".a { background: url(/there.png) }")),
                project.resolve("assets"), problems);
        assertEquals(List.of(), problems, "a file that is in assets/ passes");
    }
}
