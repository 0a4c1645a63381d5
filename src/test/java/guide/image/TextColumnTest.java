package guide.image;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The column's width as the images' sizes name it, from each unit a designer may write, and what the build says of the rest. */
class TextColumnTest {
    private static final Path CSS = Path.of("assets/css/site.css");

    private static String sizes(String css, List<Problem> problems) {
        return TextColumn.fromStylesheet(css, CSS, problems).sizes();
    }

    @Test
    void eachUnitIsTurnedIntoPixelsOfTheWideScreensText() {
        List<Problem> problems = new ArrayList<>();
        assertEquals("(min-width: 48em) 680px, calc(100vw - 2.5rem)", sizes(":root { --bg: #fff; --column: 68ch; }", problems));
        assertEquals("(min-width: 48em) 720px, calc(100vw - 2.5rem)", sizes(":root {\n  --column: 720px\n}", problems));
        assertEquals("(min-width: 48em) 640px, calc(100vw - 2.5rem)", sizes(":root { --column: 40rem; }", problems));
        assertEquals("(min-width: 48em) 675px, calc(100vw - 2.5rem)", sizes(":root { --column: 37.5em; }", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aMissingOrUnreadableColumnIsAProblemAtItsLineAndTheGuidesStandsIn() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(TextColumn.DEFAULT.sizes(), sizes("body {}\n", problems));
        assertEquals(TextColumn.DEFAULT.sizes(), sizes("/* site */\n:root {\n  --bg: #fff;\n}\n", problems));
        assertEquals(TextColumn.DEFAULT.sizes(), sizes(":root {\n  --bg: #fff;\n  --column: min(68ch, 90vw);\n}\n", problems));
        assertEquals(List.of("assets/css/site.css:1: no :root { ... } block with --column, the text column's width: the articles' images "
                        + "are chosen for it (the guide's is --column: 68ch)",
                "assets/css/site.css:2: the :root block has no --column, the text column's width that .wrap takes: the articles' images "
                        + "are chosen for it; add it (the guide's is --column: 68ch)",
                "assets/css/site.css:3: --column: min(68ch, 90vw): the articles' images are chosen for the column's width, which the build "
                        + "reads as one length in ch, px, rem or em (the guide's is --column: 68ch); write it so"),
                problems.stream().map(Problem::toString).toList());
    }

    /**
     * The column is the one the browser takes: not a {@code :root} left in a comment, and a later {@code :root} over an earlier
     * one; a {@code :root} for print or a narrow screen is not the wide screen's column.
     */
    @Test
    void theColumnIsTheOneTheBrowserAppliesOnAWideScreen() {
        List<Problem> problems = new ArrayList<>();
        assertEquals("(min-width: 48em) 720px, calc(100vw - 2.5rem)", sizes("/* was :root { --column: 60ch; } */\n:root {\n  --column: 72ch;\n}\n",
                problems));
        assertEquals("(min-width: 48em) 800px, calc(100vw - 2.5rem)", sizes(":root { --bg: #fff; --column: 68ch; }\n"
                + "@media print { :root { --column: 50ch; } }\n:root { --column: 80ch; }\n", problems));
        assertEquals(List.of(), problems);
    }
}
