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
 * A picture drawn once per language, added to a source that has a translation already: the XLIFF import of the new
 * paragraph (its placeholder, address and all, copied from the source by the CAT tool) shows the target language's
 * version, as the import of a new page does ({@link NewPagePicturesTest}), and says so at its line; without this the
 * English page would show the Polish diagram, which the build only warns of.
 */
class AddedPicturesTest {
    @TempDir
    Path project;

    @Test
    void anImportIntoAnExistingTranslationShowsANewPictureInTheTargetLanguage() throws Exception {
        XliffFixture.fixtureProject(project);
        Path images = Files.createDirectories(project.resolve("content/images"));
        for (String name : List.of("exit-steps-pl.svg", "exit-steps-en.svg")) {
            Files.copy(ProjectFixture.projectDir().resolve("content/images").resolve(name), images.resolve(name));
        }
        Path polish = project.resolve("content/pl/artykul-testowy.md");
        write(polish, read(polish).replaceFirst("(?m)^(Pierwszy akapit.*)$", "$1\n\n![Schemat trzech kroków](/images/exit-steps-pl.svg)"));
        assertEquals(0, guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        write(xliff, read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>",
                "$1$2$3$2</target>").replaceAll("state=\"needs-[a-z-]+\"", "state=\"translated\""));
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString());
        assertEquals(0, imported.code(), imported.err());
        List<String> lines = read(project.resolve("content/en/test-article.md")).lines().toList();
        int line = lines.indexOf("![Schemat trzech kroków](/images/exit-steps-en.svg)") + 1;
        assertTrue(line > 0, "the English diagram: " + lines);
        assertTrue(imported.out().contains("content/en/test-article.md:" + line + ": the picture is now its English version,"
                + " /images/exit-steps-en.svg (the source shows /images/exit-steps-pl.svg)\n"), imported.out());
    }
}
