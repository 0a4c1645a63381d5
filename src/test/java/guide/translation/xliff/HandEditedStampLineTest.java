package guide.translation.xliff;

import guide.translation.SourceRevision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stamp line an editor typed by hand ({@code  sourceRevision = …}: spaces around {@code =}, a no-break space pasted
 * before the key) is the line the build reads as the stamp; the stamp and an XLIFF import rewrite that line, so the
 * file keeps one stamp and the report reads the new one.
 */
class HandEditedStampLineTest {
    private static final String STALE = "pl aaaaaaaaaaaa bbbbbb";
    @TempDir
    Path project;
    Path other;

    @BeforeEach
    void project() {
        XliffFixture.fixtureProject(project);
        other = project.resolve("content/en/other-test.md");
    }

    @Test
    void theStampRewritesALineWithSpacesAroundTheEqualsSign() throws Exception {
        handEdit(" " + SourceRevision.KEY + " = " + STALE + " ");
        assertReportSays("outdated");
        XliffFixture.Run stamp = XliffFixture.guide(project, "translations", "stamp", "content/en/other-test.md");
        assertEquals(0, stamp.code(), stamp.err());
        assertOneStampLineAndCurrent();
    }

    @Test
    void theStampRewritesALineWithANoBreakSpaceBeforeTheKey() throws Exception {
        handEdit("\u00A0" + SourceRevision.KEY + "\u00A0=" + STALE);
        XliffFixture.Run stamp = XliffFixture.guide(project, "translations", "stamp", "content/en/other-test.md");
        assertEquals(0, stamp.code(), stamp.err());
        assertOneStampLineAndCurrent();
    }

    @Test
    void anImportRewritesALineWithANoBreakSpaceBeforeTheKey() throws Exception {
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        handEdit("\u00A0" + SourceRevision.KEY + " = " + STALE);
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", project.resolve("target/xliff/other-fixture.pl-en.xlf").toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertOneStampLineAndCurrent();
    }

    /** Replaces the file's stamp line with {@code line}: a stale stamp the build still reads as the stamp. */
    private void handEdit(String line) throws Exception {
        String text = read(other);
        String edited = text.replaceFirst("(?m)^" + SourceRevision.KEY + "=.*$", line);
        assertTrue(!edited.equals(text), text);
        write(other, edited);
    }

    private void assertOneStampLineAndCurrent() throws Exception {
        List<String> stamps = read(other).lines().filter(l -> l.contains(SourceRevision.KEY)).toList();
        assertEquals(1, stamps.size(), read(other));
        assertTrue(!stamps.get(0).contains(STALE), stamps.get(0));
        assertReportSays("current");
    }

    private void assertReportSays(String state) {
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().lines().anyMatch(l -> l.startsWith("other-fixture ") && l.strip().endsWith(state)),
                report.out() + report.err());
    }
}
