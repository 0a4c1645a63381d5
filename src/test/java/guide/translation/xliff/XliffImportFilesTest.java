package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an import does with the translation files it writes: their line ends, a header it cannot find, a write that fails. */
class XliffImportFilesTest {
    @TempDir
    Path project;
    Path other;
    Path xliff;

    @BeforeEach
    void export() {
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "content/pl/inny-testowy.md",
                "--to", "en");
        assertEquals(0, run.code(), run.err());
        other = project.resolve("content/en/other-test.md");
        xliff = project.resolve("target/xliff/other-fixture.pl-en.xlf");
    }

    @Test
    void aTranslationWithWindowsLineEndingsIsImportedAndKeepsThem() throws Exception {
        String crlf = read(other).replace("\n", "\r\n");
        write(other, crlf);
        XliffFixture.Run unchanged = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, unchanged.code(), unchanged.err());
        assertTrue(unchanged.out().contains("content/en/other-test.md: unchanged from "), unchanged.out());
        assertTrue(unchanged.out().endsWith("\nNothing changed in content/en/other-test.md: the page already holds the translation in that file.\n"),
                "not counted as imported: " + unchanged.out());
        assertEquals(crlf, read(other));

        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffFixture.Run updated = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, updated.code(), updated.err());
        assertTrue(updated.out().contains("content/en/other-test.md: updated from "), updated.out());
        assertEquals(crlf.replace("A paragraph.", "A paragraph, revised."), withoutLastImport(read(other), "\r\n"),
                "only the paragraph changed, every line still ends in \\r\\n");
        try (Stream<Path> left = Files.list(other.getParent())) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(), "no temporary or backup file is left");
        }
    }

    /** An old Mac file (a lone CR ends each line) is read as the build reads it: its header is found and its line ends kept. */
    @Test
    void aTranslationWithOldMacLineEndingsIsImportedAndKeepsThem() throws Exception {
        String cr = read(other).replace("\n", "\r");
        write(other, cr);
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffFixture.Run updated = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, updated.code(), updated.out() + updated.err());
        assertTrue(updated.out().contains("content/en/other-test.md: updated from "), updated.out());
        assertEquals(cr.replace("A paragraph.", "A paragraph, revised."), withoutLastImport(read(other), "\r"),
                "only the paragraph changed, every line still ends in \\r");
    }

    /** A file named by mistake is named with why it cannot be read, not with its path a second time. */
    @Test
    void aFileThatIsNotThereIsNamedWithWhy() {
        Path missing = xliff.resolveSibling("other-fixture.pl-en.xliff");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", missing.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(missing + ": cannot read: no such file or folder\n"), run.err());
    }

    /** A folder stands for the .xlf files in it, as the export takes folders of pages; one without any is named. */
    @Test
    void aFolderImportsItsXliffFiles() throws Exception {
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        Files.writeString(xliff.resolveSibling("README.txt"), "Notes for the translator.\n");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.getParent().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("content/en/other-test.md: updated from " + xliff), run.out());
        assertTrue(run.out().contains("content/en/test-article.md: unchanged from " + xliff.resolveSibling("xliff-fixture.pl-en.xlf")), run.out());
        assertTrue(run.out().endsWith("\nImported 1 translation; 1 unchanged. ./guide translations shows their state.\n"), run.out());
        assertTrue(read(other).contains("A paragraph, revised."), read(other));

        Path empty = Files.createDirectories(project.resolve("target/empty"));
        XliffFixture.Run none = XliffFixture.guide(project, "translations", "import", empty.toString());
        assertEquals(1, none.code(), none.out());
        assertEquals(empty + ": a folder with no .xlf file in it: name the folder the export wrote into (target/xliff unless --output said"
                + " otherwise), or its files\nNothing imported: 1 problem; content/ was left as it was.\n", none.err());
    }

    /** A CAT tool may save XLIFF as UTF-16 without a byte order mark; XML tells it by its first characters, "<?". */
    @Test
    void anXliffSavedAsUtf16WithoutAByteOrderMarkImports() throws Exception {
        String text = read(xliff).replaceFirst("encoding=\"(?i:utf-8)\"", "encoding=\"UTF-16\"");
        assertTrue(text.startsWith("<?xml") && text.contains("encoding=\"UTF-16\""), text.substring(0, 60));
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Files.write(xliff, text.getBytes(utf16));
            XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString());
            assertEquals(0, run.code(), utf16 + ": " + run.err());
            assertTrue(run.out().contains("content/en/other-test.md: unchanged from "), run.out());
        }
    }

    /** Some Windows editors start a UTF-8 file with a byte order mark; the title on the first line is still the title. */
    @Test
    void aTranslationStartingWithAByteOrderMarkKeepsOneTitle() throws Exception {
        String marked = "\uFEFF" + read(other);
        write(other, marked);
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffFixture.Run updated = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, updated.code(), updated.err());
        assertEquals(marked.replace("A paragraph.", "A paragraph, revised."), withoutLastImport(read(other), "\n"),
                "one title line, the mark kept, only the paragraph changed");
    }

    @Test
    void aTranslationThatLostItsHeaderSeparatorIsNamedWithItsLine() throws Exception {
        SiteContent content = SiteContent.load(project);
        // Saved without its separator after the project was read, as an editor may do while the dashboard imports.
        String text = read(other).replace("~~~~~~\n", "");
        write(other, text);
        XliffImportBatch.Plan plan = new XliffImportBatch(content).plan(List.of(xliff), false);
        assertEquals(List.of("content/en/other-test.md:1: no header separator: end the key=value header with a line of exactly '~~~~~~', "
                + "then import other-fixture.pl-en.xlf again"), plan.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(), plan.writes());
        assertEquals(text, read(other));
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheOthersAsTheyWere() throws Exception {
        Path moved = project.resolve("content/en/extra/other-test.md");
        Files.createDirectories(moved.getParent());
        Files.move(other, moved);
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl/inny-testowy.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path article = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        write(article, read(article).replace(">A section with an anchor</target>", ">A section, renamed</target>"));
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffImportBatch.Plan plan = new XliffImportBatch(SiteContent.load(project)).plan(List.of(article, xliff), false);
        assertEquals(List.of(), plan.problems());
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        // The second file's folder becomes a file after the checks: its temporary file cannot be written.
        Files.delete(moved);
        Files.delete(moved.getParent());
        write(moved.getParent(), "in the way");
        IOException e = assertThrows(IOException.class, () -> XliffImportBatch.write(plan.writes()));
        before.remove("en/extra/other-test.md");
        before.put("en/extra", "in the way");
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the first file is as it was, and no temporary file is left");
        assertEquals("content/en/extra/other-test.md: cannot write it (content/en/extra is a file where a folder should be); nothing was imported, "
                + "content/ was left as it was: make sure its folder can be written to, then import again", e.getMessage());
    }

    @Test
    void aRenameThatFailsPutsBackTheFileRenamedBeforeIt() throws Exception {
        assertNothingImportedWhenTheSecondRenameFails();
    }

    @Test
    void aRenameThatFailsDeletesTheTranslationCreatedBeforeIt() throws Exception {
        Files.delete(project.resolve("content/en/test-article.md"));
        assertNothingImportedWhenTheSecondRenameFails();
    }

    /** Imports both XLIFF files, test-article.md's first, with a folder put in other-test.md's place after the checks. */
    private void assertNothingImportedWhenTheSecondRenameFails() throws Exception {
        Path article = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        write(article, read(article).replace(">A section with an anchor</target>", ">A section, renamed</target>"));
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));
        XliffImportBatch.Plan plan = new XliffImportBatch(SiteContent.load(project)).plan(List.of(article, xliff), false);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of("content/en/test-article.md", "content/en/other-test.md"), plan.writes().stream().map(PlannedWrite::shown).toList());
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));

        // Its temporary file is written beside the folder but cannot be renamed over it, when the first file is already in place.
        Files.delete(other);
        Files.createDirectory(other);
        IOException e = assertThrows(IOException.class, () -> XliffImportBatch.write(plan.writes()));
        before.remove("en/other-test.md");
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "the first file is as it was, and no temporary or backup file is left");
        assertEquals("content/en/other-test.md: cannot write it (a folder is in its place); nothing was imported, content/ was left as it was: "
                + "move that folder away, then import again", e.getMessage());
    }

    /** An import rewrites translations: one it replaces keeps who may read it, one it creates gets what any new file gets. */
    @Test
    void importedTranslationsKeepOrGetTheUsualPermissions() throws Exception {
        Path article = project.resolve("content/en/test-article.md");
        Files.delete(article);
        Path plain = Files.createFile(project.resolve("content/en/made-as-usual.md"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-rw-r--"));
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString(),
                project.resolve("target/xliff/xliff-fixture.pl-en.xlf").toString(), "--name", "test-article");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(other).contains("A paragraph, revised."), run.out());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(other)), "the replaced file's own");
        assertTrue(Files.exists(article), run.out());
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(article)),
                "the created file's, as a file made in the folder by any program");
    }

    /** A translation kept elsewhere and linked into content/ is updated where it is, and stays linked. */
    @Test
    void aLinkedTranslationIsWrittenThroughItsLink() throws Exception {
        Path kept = Files.createDirectories(project.resolve("elsewhere")).resolve("other-test.md");
        Files.move(other, kept);
        Files.createSymbolicLink(other, kept);
        write(xliff, read(xliff).replace(">A paragraph.</target>", ">A paragraph, revised.</target>"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", xliff.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isSymbolicLink(other), "content/en/other-test.md is still a link");
        assertTrue(read(kept).contains("A paragraph, revised."), "the linked file has the import: " + read(kept));
        try (Stream<Path> left = Files.list(kept.getParent())) {
            assertEquals(List.of("other-test.md"), left.map(p -> p.getFileName().toString()).toList(), "nothing left beside it");
        }
    }

    /** {@code text} without the one lastImport= line the import adds after the stamp, which must end as the file's lines do. */
    private String withoutLastImport(String text, String newline) throws IOException {
        String line = "lastImport=" + XliffFixture.exportId(xliff) + ":";
        int at = text.indexOf(line);
        assertTrue(at > 0 && text.substring(at + line.length()).matches("(?s)[0-9a-f]{12}" + newline + "~~~~~~.*"), "the import records itself: " + text);
        return text.substring(0, at) + text.substring(at + line.length() + 12 + newline.length());
    }
}
