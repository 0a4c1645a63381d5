package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A picture drawn once per language: a new page made by an XLIFF import shows the target language's version where it
 * exists, as {@code ./guide translate} starts one, and says so at its line in the same words. The CAT tool copies the
 * image's placeholder, address and all, from the source, so without this the new English page would show the Polish
 * diagram (which the build only warns of).
 */
class NewPagePicturesTest {
    @TempDir
    Path project;

    @Test
    void anImportThatMakesANewPageShowsTheTargetLanguagesPicture() throws Exception {
        XliffFixture.fixtureProject(project);
        Path images = Files.createDirectories(project.resolve("content/images"));
        for (String name : List.of("exit-steps-pl.svg", "exit-steps-en.svg")) {
            Files.copy(ProjectFixture.projectDir().resolve("content/images").resolve(name), images.resolve(name));
        }
        Path polish = project.resolve("content/pl/tylko-po-polsku.md");
        write(polish, read(polish) + "\n![Schemat trzech kroków](/images/exit-steps-pl.svg)\n");
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.translateAsIs(xliff);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        List<String> lines = read(project.resolve("content/en/polish-only.md")).lines().toList();
        int line = lines.indexOf("![Schemat trzech kroków](/images/exit-steps-en.svg)") + 1;
        assertTrue(line > 0, "the English diagram: " + lines);
        assertTrue(imported.out().contains("content/en/polish-only.md:" + line + ": the picture is now its English version,"
                + " /images/exit-steps-en.svg (the source shows /images/exit-steps-pl.svg)\n"), imported.out());
    }
}
