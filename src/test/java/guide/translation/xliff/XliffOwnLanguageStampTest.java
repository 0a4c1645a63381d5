package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stamp that names the translation's own language as the language it was translated from ({@code sourceRevision=en …}
 * typed into an English file) is no stamp of a translation from the source: the report calls the page outdated, and the
 * export, like it, marks every unit to review instead of trusting the stamp's hashes.
 */
class XliffOwnLanguageStampTest {
    private static final String EN = "content/en/other-test.md";

    @TempDir
    Path project;

    @Test
    void anExportOfATranslationWhoseStampNamesItsOwnLanguageMarksEveryUnitToReview() throws Exception {
        XliffFixture.fixtureProject(project);
        Path en = project.resolve(EN);
        String stamped = read(en);
        assertTrue(stamped.contains("\nsourceRevision=pl "), "the setup: stamped from the Polish: " + stamped);
        XliffFixture.write(en, stamped.replace("\nsourceRevision=pl ", "\nsourceRevision=en "));
        XliffFixture.Run report = guide(project, "translations");
        assertTrue(report.out().lines().anyMatch(l -> l.matches("other-fixture +source +outdated")), "the report's view: " + report.out());

        XliffFixture.Run export = guide(project, "translations", "export", EN, "--to", "en");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("(5 to review)"), "as for a translation with no stamp: " + export.out());
        String xliff = read(project.resolve("target/xliff/other-fixture.pl-en.xlf"));
        assertFalse(xliff.contains("state=\"translated\""), xliff);
        assertTrue(xliff.contains("state=\"needs-review-translation\">The second part."), xliff);
    }
}
