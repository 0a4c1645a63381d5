package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A section added at the end of a source: only it is to translate, and it comes back as a section of its own. */
class XliffAppendedSectionTest {
    @TempDir
    Path project;

    @Test
    void aSectionAppendedToTheSourceLeavesTheLastOneAsItWasAndImportsWellFormed() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path pl = project.resolve("content/pl/o-przewodniku.md");
        XliffFixture.write(pl, read(pl) + "\n## Kontakt {#contact}\n\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        XliffFixture.Run export = guide(project, "translations", "export", "content/pl/o-przewodniku.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("(11 translated, 1 to translate; 1 of the 12 is a whole section)"), export.out());
        Path file = project.resolve("target/xliff/about.pl-en.xlf");
        String xliff = read(file);
        assertFalse(xliff.contains("does not follow"), "the unchanged last section still follows the Polish: " + xliff);

        Matcher added = Pattern.compile("(?s)<source xml:lang=\"pl\">(<ph id=\"1\" ctype=\"x-block\">## </ph>Kontakt.*?)</source>\\s*"
                + "<target xml:lang=\"en\" state=\"needs-translation\"></target>").matcher(xliff);
        assertTrue(added.find(), xliff);
        String target = added.group(1).replace("Kontakt", "Contact")
                .replace("Piszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.", "Writing to us? We answer within two working days.");
        XliffFixture.write(file, xliff.replace("<target xml:lang=\"en\" state=\"needs-translation\"></target>",
                "<target xml:lang=\"en\" state=\"translated\">" + target + "</target>"));
        XliffFixture.Run imported = guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(read(project.resolve("content/en/about.md")).endsWith("You just read.\n\n## Contact {#contact}\n\nWriting to us? We answer within two working days.\n"),
                read(project.resolve("content/en/about.md")));
    }
}
