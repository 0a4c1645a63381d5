package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator who points a link at a sign or a statement of the quiz ({@code /en/is-it-time-to-fire-this-client/#sign-late-payments})
 * gets it imported when the quiz has it, and refused at the unit's line, with the quiz's nearest signs, when it does not: before,
 * the import left a quiz's ids to the build, wrote the page, and the next build refused its broken anchor. The real content: the
 * English article's link to the quiz.
 */
class XliffQuizLinkTest {
    private static final String QUIZ_LINK = "](/en/is-it-time-to-fire-this-client/)";
    @TempDir
    Path project;
    Path xliff;

    @BeforeEach
    void export() {
        ProjectFixture.copyRealProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        xliff = project.resolve("target/xliff/fire-bad-client.pl-en.xlf");
    }

    @Test
    void aLinkToASignTheQuizHasIsImported() throws IOException {
        Path english = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        String exported = read(english); // put back after each import: the file records the text it was exported with
        for (String end : new String[] {"](/en/is-it-time-to-fire-this-client/#sign-late-payments)", "](/en/is-it-time-to-fire-this-client/#q-threats)"}) {
            String text = read(xliff);
            XliffFixture.write(xliff, text.replace(QUIZ_LINK, end));
            XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString());
            assertEquals(0, run.code(), end + ": " + run.err());
            assertTrue(read(english).contains(end), end);
            XliffFixture.write(xliff, text);
            XliffFixture.write(english, exported);
        }
    }

    @Test
    void aLinkToASignTheQuizLacksIsRefusedWithItsNearestSigns() throws IOException {
        String text = read(xliff);
        String edited = text.replace(QUIZ_LINK, "](/en/is-it-time-to-fire-this-client/#sign-late-paymnets)");
        assertNotEquals(text, edited);
        XliffFixture.write(xliff, edited);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        int at = edited.lastIndexOf("<trans-unit ", edited.indexOf("#sign-late-paymnets"));
        int line = (int) edited.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(run.err().contains("fire-bad-client.pl-en.xlf:" + line + ": unit "), run.err());
        assertTrue(run.err().contains(": the link to /en/is-it-time-to-fire-this-client/#sign-late-paymnets would make the build refuse the page:"
                + " broken anchor #sign-late-paymnets: content/en/is-it-time-to-fire-this-client.md has no such id (nearest: #sign-late-payments,"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
    }
}
