package guide.translation.xliff;

import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import refused because the source changed since the export lists what changed as ./guide translations
 * does: an edited paragraph by the words that changed in it (its text as exported from git), not from its start.
 */
class XliffChangedSourceTest {
    private static final String SOURCE = "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md";
    private static final String PARAGRAPH_END = "Często to po prostu brak wiedzy.";

    @TempDir
    Path project;

    private XliffFixture.Run exportEditImport() throws Exception {
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", SOURCE, "--to", "en");
        assertEquals(0, export.code(), export.err());
        GitProject.edit(project.resolve(SOURCE), PARAGRAPH_END, PARAGRAPH_END + " Nowe zdanie dodane na końcu.");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", project.resolve("target/xliff/fire-bad-client.pl-en.xlf").toString());
        assertEquals(1, run.code(), run.out());
        return run;
    }

    @Test
    void anEditedParagraphIsNamedByTheWordsAddedToIt() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        String err = exportEditImport().err();
        assertTrue(err.contains("content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md has changed since this file was exported (pl ")
                && err.contains("):\n    ~ edited: … to po prostu brak wiedzy. {+Nowe zdanie dodane na końcu.+}\n"
                + "    1 part of the source changed since the export: \"2. Macie zupełnie inne wyobrażenie o cenie\"\n"
                + "    this file is as it was exported (no target or state changed), so it holds no work to keep: export it again and translate"
                + " what changed\n"), err);
    }

    @Test
    void withoutTheExportedVersionInGitTheParagraphIsShownFromItsStartAndTheRefusalSaysWhy() throws Exception {
        ProjectFixture.copyRealProject(project); // no git repository
        String err = exportEditImport().err();
        assertTrue(err.contains("    ~ edited: Za twoją stawką stoją lata nauki, doświadczenie, sprzęt, licencje na op…\n"
                + "    (edited text shown as it is now, from the beginning: the project is not a git repository, so its earlier version"
                + " is not known and the changes cannot be marked)\n"), err);
        assertFalse(err.contains("{+"), err);
    }
}
