package guide.translation.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export whose folder is a file, or one of whose files has a folder in its place, says so before it writes anything,
 * in words, and writes nothing (the operating system's "Is a directory", or a bare path, came after the first files
 * were written); {@code --replace} does not write over a folder either.
 */
class XliffExportPlacesTest {
    private static final String ARTICLE = "content/pl/artykul-testowy.md";
    private static final String OTHER = "content/pl/inny-testowy.md";

    @TempDir
    Path project;

    @Test
    void aFolderWhereAFileWouldBeIsNamedAndNothingIsWritten() throws IOException {
        Path dir = project.resolve("target/xliff");
        Path taken = dir.resolve("xliff-fixture.pl-en.xlf");
        XliffFixture.fixtureProject(project);
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "kept");

        for (String replace : List.of("", "--replace")) {
            XliffFixture.Run run = export(replace, ARTICLE, OTHER);
            assertEquals(1, run.code(), run.out());
            assertEquals(taken + ": is a folder, where the export would write its file: move or rename the folder, or export into another"
                    + " folder with --output\nNothing exported: 1 problem; " + dir + " was left as it was.\n", run.err());
            assertEquals(Map.of("xliff-fixture.pl-en.xlf/notes.txt", "kept"), XliffFixture.snapshot(dir), "not even the other page's file");
        }
    }

    @Test
    void anOutputThatIsAFileIsNamedAndKept() throws IOException {
        XliffFixture.fixtureProject(project);
        Path file = project.resolve("notes.txt");
        write(file, "my notes\n");

        XliffFixture.Run run = export("--output=" + file, ARTICLE);
        assertEquals(1, run.code(), run.out());
        assertEquals(file + ": is a file, not a folder: the export writes its .xlf files into a folder; name another one with --output\n"
                + "Nothing exported: 1 problem; " + file + " was left as it was.\n", run.err());
        assertEquals("my notes\n", read(file));

        XliffFixture.Run under = export("--output=" + file.resolve("xliff"), ARTICLE);
        assertEquals(1, under.code(), under.out());
        assertTrue(under.err().startsWith(file + ": is a file, so the folder " + file.resolve("xliff") + " cannot be made in it: the export"
                + " writes its .xlf files into a folder; name another one with --output\n"), under.err());
        assertEquals("my notes\n", read(file));
        assertFalse(Files.exists(project.resolve("target/xliff")));
    }

    private XliffFixture.Run export(String option, String... sources) {
        List<String> args = new ArrayList<>(List.of("translations", "export"));
        args.addAll(List.of(sources));
        if (!option.isEmpty()) {
            args.add(option);
        }
        args.addAll(List.of("--to", "en"));
        return XliffFixture.guide(project, args.toArray(String[]::new));
    }
}
