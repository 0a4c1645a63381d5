package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new page takes its source's tags; ./guide translate and the XLIFF import say so at the tags= line, with the target language's tags. */
class CopiedTagsNoteTest {
    /** The fixture's English pages all keep their Polish sources' tags, so none counts as the language's own (TagVocabulary). */
    private static final String NOTE = "content/en/polish-only.md:8: tags=test,polski are still the Polish page's (tags are not translated with the text):"
            + " related articles are matched by tag among English pages, so give it English tags (no English page has tags of its own yet)";

    @TempDir
    Path project;

    @Test
    void aNewPageFromXliffIsToldItsTagsAreStillPolish() throws Exception {
        XliffFixture.fixtureProject(project);
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.translateAsIs(xliff);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(read(project.resolve("content/en/polish-only.md")).lines().toList().get(7).equals("tags=test,polski"), "the setup: line 8");
        assertTrue(imported.out().contains(NOTE), imported.out());
    }

    @Test
    void translateSaysTheSameAtTheTagsLine() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run started = guide(project, "translate", "content/pl/tylko-po-polsku.md", "--to", "en", "--name", "polish-only");
        assertEquals(0, started.code(), started.err());
        assertTrue(started.out().contains(NOTE), started.out());
    }

    @Test
    void anUpdateOfAnExistingTranslationSaysNothingAboutTags() throws Exception {
        XliffFixture.fixtureProject(project);
        assertEquals(0, guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en").code());
        XliffFixture.Run imported = guide(project, "translations", "import", project.resolve("target/xliff/other-fixture.pl-en.xlf").toString());
        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.out().contains("tags="), "tags=test in both languages is the editor's choice: " + imported.out());
    }
}
