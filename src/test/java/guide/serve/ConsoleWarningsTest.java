package guide.serve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the preview's console says of each build's warnings, save after save. */
class ConsoleWarningsTest {
    private static final String TAG = "content/pl/jak-wycenic-projekt.md:8: warning: unknown header 'tag' is ignored: did you mean 'tags'?";
    private static final String DRAFT = "content/pl/szkic.md: draft, not published";

    private final ConsoleWarnings console = new ConsoleWarnings();

    @Test
    void listsWarningsWhenTheyChangeAndSaysInOneLineWhenTheyDoNot() {
        assertEquals("Build 1: 16 pages in 1.4 s\n", console.afterSuccess("Build 1: 16 pages in 1.4 s", List.of()));
        assertEquals("""
                Build 2: 16 pages in 0.1 s, with 1 warning:
                    content/pl/jak-wycenic-projekt.md:8: warning: unknown header 'tag' is ignored: did you mean 'tags'?
                """, console.afterSuccess("Build 2: 16 pages in 0.1 s", List.of(TAG)));
        assertEquals("Build 3: 16 pages in 0.1 s, with the same warning as before\n",
                console.afterSuccess("Build 3: 16 pages in 0.1 s", List.of(TAG)));
        assertEquals("""
                Build 4: 17 pages in 0.1 s, with 2 warnings (1 new):
                    content/pl/jak-wycenic-projekt.md:8: warning: unknown header 'tag' is ignored: did you mean 'tags'?
                    content/pl/szkic.md: draft, not published
                """, console.afterSuccess("Build 4: 17 pages in 0.1 s", List.of(TAG, DRAFT)));
        assertEquals("Build 5: 17 pages in 0.1 s, with the same 2 warnings as before\n",
                console.afterSuccess("Build 5: 17 pages in 0.1 s", List.of(TAG, DRAFT)));
        assertEquals("""
                Build 6: 17 pages in 0.1 s, with 1 warning:
                    content/pl/szkic.md: draft, not published
                """, console.afterSuccess("Build 6: 17 pages in 0.1 s", List.of(DRAFT)));
        assertEquals("Build 7: 17 pages in 0.1 s, and the warning is gone\n", console.afterSuccess("Build 7: 17 pages in 0.1 s", List.of()));
        assertEquals("Build 8: 17 pages in 0.1 s\n", console.afterSuccess("Build 8: 17 pages in 0.1 s", List.of()));
    }

    /** A failed build lists its warnings under its problems: the next build that succeeds with the same ones does not list them again. */
    @Test
    void aFailedBuildsWarningsCountAsListed() {
        console.afterSuccess("Build 1: 16 pages in 1.4 s", List.of(TAG));
        console.afterFailure(List.of(TAG, DRAFT));
        assertEquals("Build 2: 17 pages in 0.1 s, with the same 2 warnings as before\n",
                console.afterSuccess("Build 2: 17 pages in 0.1 s", List.of(TAG, DRAFT)));
        assertEquals("Build 3: 16 pages in 0.1 s, and the 2 warnings are gone\n", console.afterSuccess("Build 3: 16 pages in 0.1 s", List.of()));
    }
}
