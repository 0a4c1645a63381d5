package guide.translation.xliff;

import guide.translation.GitProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An XLIFF file exported from another copy of the guide, for a page this project has never had, is not called a deleted
 * page's: in a git repository whose history has no such source file, the import says the file comes from another project
 * and is to be imported there; without git history it says it cannot tell which of the two it is.
 */
class XliffOtherProjectTest {
    @TempDir
    Path dir;
    Path here;
    Path xliff;

    /** Another copy of the project with a Polish page of its own, exported there and translated (each source copied into its target). */
    @BeforeEach
    void exportAPageOfAnotherProject() throws Exception {
        Path other = XliffFixture.fixtureProject(dir.resolve("other"));
        write(other.resolve("content/pl/nowa-strona.md"), read(other.resolve("content/pl/tylko-po-polsku.md"))
                .replace("translationKey=polish-only-fixture", "translationKey=new-elsewhere"));
        XliffFixture.Run export = XliffFixture.guide(other, "translations", "export", "content/pl/nowa-strona.md", "--to", "en",
                "--output", dir.resolve("out").toString());
        assertEquals(0, export.code(), export.err());
        xliff = dir.resolve("out/new-elsewhere.pl-en.xlf");
        write(xliff, read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\")needs-translation(\">)</target>",
                "$1$2$3translated$4$2</target>"));
        here = XliffFixture.fixtureProject(dir.resolve("here"));
    }

    @Test
    void aFileFromAnotherProjectIsNamedSoInAGitRepository() throws Exception {
        GitProject.init(here);
        assertEquals(xliff + ":" + fileLine() + ": is for content/pl/nowa-strona.md, which this project does not have and never had (its git"
                + " history has no such file), and no page in content/pl/ has its translationKey, 'new-elsewhere': the file was exported from"
                + " another project (another copy of the guide, or a branch not merged here), so import it into that project and leave it out"
                + " of this import (move it out of its folder if you import the folder's *.xlf)\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", refused());
    }

    @Test
    void withoutGitHistoryTheImportSaysItCannotTellADeletedPageFromAnotherProject() throws Exception {
        assertEquals(xliff + ":" + fileLine() + ": is for content/pl/nowa-strona.md, which this project does not have, and no page in"
                + " content/pl/ has its translationKey, 'new-elsewhere': either the page has been deleted since this file was exported (or moved"
                + " and given another translationKey), or the file was exported from another project (another copy of the guide), where it"
                + " should be imported; the project has no git history to tell which. Either way, it cannot be imported here: leave it out"
                + " of this import (move it out of its folder if you import the folder's *.xlf)\n"
                + "Nothing imported: 1 problem; content/ was left as it was.\n", refused());
    }

    private String refused() throws Exception {
        Map<String, String> before = XliffFixture.snapshot(here.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(here, "translations", "import", xliff.toString(), "--name", "new-page");
        assertEquals(1, run.code(), run.out());
        assertEquals(before, XliffFixture.snapshot(here.resolve("content")));
        assertTrue(Files.exists(xliff));
        return run.err();
    }

    private int fileLine() throws Exception {
        String text = read(xliff);
        return (int) text.substring(0, text.indexOf("<file ")).chars().filter(c -> c == '\n').count() + 1;
    }
}
