package guide.translation.xliff;

import guide.translation.GitProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An earlier export left in target/xliff for a page deleted, moved or given another translationKey since: the README's
 * {@code ./guide translations import target/xliff/*.xlf} names it at its {@code <file>} line, says what became of its page
 * and what to do, and, as with any file refused, imports nothing at all (not even the files that are fine); the export
 * leaves such a file in place but names it.
 */
class XliffStaleExportTest {
    @TempDir
    Path project;
    Path article;
    Path other;

    @BeforeEach
    void exportBothAndReviseTheArticle() throws IOException {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "content/pl/inny-testowy.md",
                "--to", "en");
        assertEquals(0, run.code(), run.err());
        article = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        other = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        String revised = read(article).replace(">A section with an anchor<", ">A section with its anchor<"); // a file that would import on its own
        assertFalse(revised.equals(read(article)), revised);
        write(article, revised);
    }

    @Test
    void aFileForADeletedPageIsNamedAndNothingIsImported() throws Exception {
        GitProject.init(project); // its history has the page: deleted since, not another project's (XliffOtherProjectTest)
        Files.delete(project.resolve("content/pl/inny-testowy.md"));
        Files.delete(project.resolve("content/en/other-test.md"));
        String err = refused();
        assertTrue(err.contains(other + ":" + fileLine() + ": is for content/pl/inny-testowy.md, which no longer exists, and no page in"
                + " content/pl/ has its translationKey, 'other-fixture': the page has been deleted since this file was exported, or moved and given"
                + " another translationKey; nothing can be imported from this file, so leave it out of the import (move it out of its folder if"
                + " you import the folder's *.xlf)\n"), err);

        XliffFixture.Run alone = XliffFixture.guide(project, "translations", "import", article.toString());
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().startsWith("content/en/test-article.md: updated from "), "left out, the stale file stops nothing: " + alone.out());
    }

    @Test
    void aFileForAMovedPageNamesItsNewFileAndTheExportToRun() throws IOException {
        Files.move(project.resolve("content/pl/inny-testowy.md"), project.resolve("content/pl/przeniesiony.md"));
        String err = refused();
        assertTrue(err.contains(other + ":" + fileLine() + ": is for content/pl/inny-testowy.md, which no longer exists: its page (translationKey"
                + " 'other-fixture') has moved to content/pl/przeniesiony.md; nothing can be imported from this file, so leave it out of the import"
                + " (move it out of its folder if you import the folder's *.xlf), and export the page again:"
                + " ./guide translations export content/pl/przeniesiony.md --to en\n"), err);
    }

    @Test
    void aFileForARenamedTranslationKeyNamesTheNewKeyAndTheExportNamesTheOldFile() throws IOException {
        for (String page : new String[] {"content/pl/inny-testowy.md", "content/en/other-test.md"}) {
            Path file = project.resolve(page);
            write(file, read(file).replace("translationKey=other-fixture\n", "translationKey=other-renamed\n"));
        }
        String err = refused();
        assertTrue(err.contains(other + ":" + fileLine() + ": is for translationKey 'other-fixture', which no page in content/pl/ has any more:"
                + " its source, content/pl/inny-testowy.md, now has the translationKey 'other-renamed'; nothing can be imported from this file,"
                + " so leave it out of the import (move it out of its folder if you import the folder's *.xlf), and export the page again:"
                + " ./guide translations export content/pl/inny-testowy.md --to en\n"), err);

        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().endsWith("note: " + other + " is an earlier export for translationKey 'other-fixture', which no page in content/pl/"
                + " has any more: ./guide translations import refuses it, so move it out of " + other.getParent()
                + " before you import the folder's *.xlf\n"), export.out());
        assertTrue(Files.exists(other), "the export leaves it: a translator's work may be in it");
        assertFalse(export.out().contains("xliff-fixture.pl-en.xlf"), "a file whose page is there is no earlier export to name: " + export.out());
    }

    /** Imports both files, as target/xliff/*.xlf does: refused, one problem, and not one byte of content/ changed. */
    private String refused() throws IOException {
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", article.toString(), other.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().endsWith("Nothing imported: 1 problem; content/ was left as it was.\n"), "the article's file alone is fine: " + run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "all or nothing: the article's translation is not written either");
        return run.err();
    }

    /** The line of the file's {@code <file>} element, which names its source and translationKey. */
    private int fileLine() throws IOException {
        String text = read(other);
        return (int) text.substring(0, text.indexOf("<file ")).chars().filter(c -> c == '\n').count() + 1;
    }
}
