package guide.readme;

import guide.translation.GitProject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The output "Translate in a CAT tool (XLIFF)" quotes for {@code ./guide translations export}, compared
 * with a run on a copy of the real project made a git repository (the README quotes the real pages):
 * an export of the about page and of every Polish page, one refused because its file holds a
 * translator's work, one after the about page was edited (and its heading's unit, with the note of what changed), and the 5 signs article's export and
 * untouched import after a sentence was added. Nothing is built. Each test puts back what it changed; a case run alone first
 * makes the export it changes ({@link SharedStep}).
 * Masked, because editors' work changes them: the number of units translated, of whole sections and of
 * documents, and the line of a unit in the exported file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XliffExportReadmeTest {
    static final ReadmeSection README = ReadmeSection.subsection("Translate in a CAT tool (XLIFF)");
    private static final String ABOUT = "content/pl/o-przewodniku.md";

    @RealProject(git = true)
    static Path project;

    @TempDir
    static Path agency;

    /** The about page exported, as the README's first command does; the cases of order 2 change the file it writes. */
    private static final SharedStep<GuideRun> ABOUT_EXPORTED = SharedStep.giving(() -> project, () -> GuideRun.run(project, "translations", "export", ABOUT, "--to", "en"));

    @Test
    @Order(1)
    void oneDocumentAndAFolderAreExported() throws Exception {
        ReadmeSection.Block block = README.block(0);
        GuideRun one = ABOUT_EXPORTED.get();
        assertEquals(0, one.exitCode(), one.err());
        QuotedOutput.exactly(block, block.outputOf(0), one.lines(project), XliffExportReadmeTest::contentBound,
                "./guide translations export " + ABOUT + " --to en");
        GuideRun all = GuideRun.run(project, "translations", "export", "content/pl", "--to", "en", "--output", agency.toString());
        assertEquals(0, all.exitCode(), all.err());
        QuotedOutput.inOrder(block, block.outputOf(1), in(all, project, agency, "/tmp/for-the-agency"), XliffExportReadmeTest::contentBound,
                "./guide translations export content/pl --to en --output /tmp/for-the-agency");
    }

    @Test
    @Order(2)
    void aFileHoldingATranslatorsWorkIsNotOverwritten() throws Exception {
        ABOUT_EXPORTED.ensure();
        Path file = project.resolve("target/xliff/about.pl-en.xlf");
        String exported = Files.readString(file);
        GitProject.edit(file, ">Who writes it</target>", ">Who writes the guide</target>");
        GuideRun export = GuideRun.run(project, "translations", "export", ABOUT, "--to", "en");
        Files.writeString(file, exported);
        assertEquals(1, export.exitCode());
        QuotedOutput.exactly(README.block(1), README.block(1).output(), export.lines(project), XliffExportReadmeTest::contentBound,
                "./guide translations export " + ABOUT + " --to en, its earlier export's heading b4.1 translated 'Who writes the guide'");
    }

    @Test
    @Order(2)
    void aFileCutShortIsNotOverwritten() throws Exception {
        ABOUT_EXPORTED.ensure();
        Path file = project.resolve("target/xliff/about.pl-en.xlf");
        String exported = Files.readString(file);
        Files.writeString(file, cutInsideTarget(exported, "summary"));
        GuideRun export = GuideRun.run(project, "translations", "export", ABOUT, "--to", "en");
        Files.writeString(file, exported);
        assertEquals(1, export.exitCode());
        ReadmeSection.Quote quote = README.quote('`', "target/xliff/about.pl-en.xlf:19: cannot be read");
        assertEquals(lineBound(quote.text()), lineBound(export.lines(project).get(0)), "README.md:" + quote.line() + " quotes the export"
                + " over a file cut short inside the summary's target");
    }

    /**
     * The exported {@code xliff} cut short as a download that broke off does it: after the first 60 characters of the line of the
     * target of the unit {@code id}.
     */
    static String cutInsideTarget(String xliff, String id) {
        String[] lines = xliff.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("<trans-unit id=\"" + id + "\"")) {
                int target = i;
                while (!lines[target].contains("<target")) {
                    target++;
                }
                return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, target)) + "\n" + lines[target].substring(0, 60) + "\n";
            }
        }
        throw new AssertionError("the export has no unit " + id);
    }

    /** A message with its line numbers masked: they move as the page is edited. */
    static String lineBound(String message) {
        return message.replaceFirst("\\.xlf:\\d+:", ".xlf:N:").replaceAll("line \\d+", "line N");
    }

    @Test
    @Order(3)
    void anEditedPageExportsUnitsToReviewAndToTranslate() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        Files.writeString(project.resolve(ABOUT), polish.replace("\n## Bez śledzenia\n", "\n## Bez śledzenia i bez reklam\n")
                + "\n## Kontakt\n\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        GuideRun export = GuideRun.run(project, "translations", "export", ABOUT, "--to", "en");
        Files.writeString(project.resolve(ABOUT), polish);
        assertEquals(0, export.exitCode(), export.err());
        QuotedOutput.exactly(README.block(4), README.block(4).output(), export.lines(project), XliffExportReadmeTest::contentBound,
                "./guide translations export " + ABOUT + " --to en after the edits of Keep translations up to date's first example");
        ReadmeSection.Block unit = README.block(5);
        assertEquals(String.join("\n", unit.lines()), unitOf(Files.readString(project.resolve("target/xliff/about.pl-en.xlf")), unit.lines().get(0)),
                "README.md:" + unit.line() + " quotes the unit of the heading edited in that export, with its note of what changed");
    }

    /** The unit of {@code xliff} that starts with the line {@code start}, up to its end tag, without the file's indent of its units. */
    private static String unitOf(String xliff, String start) {
        int from = xliff.indexOf(start);
        if (from < 0) {
            return "no unit starts with " + start + " in:\n" + xliff;
        }
        String unit = xliff.substring(from, xliff.indexOf("</trans-unit>", from) + "</trans-unit>".length());
        return unit.replaceAll("\n {6}", "\n");
    }

    @Test
    @Order(4)
    void anUntouchedExportImportedLeavesTheStampAsItWas() throws IOException {
        ReadmeSection.Block block = README.block(9);
        String source = "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md";
        String before = Files.readString(project.resolve(source));
        GitProject.edit(project.resolve(source), "brak wiedzy.\n", "brak wiedzy. Wyjaśnij więc, z czego składa się twoja stawka.\n");
        String english = "content/en/5-signs-its-time-to-fire-a-client.md";
        GuideRun export = GuideRun.run(project, "translations", "export", english, "--to", "en");
        GuideRun imported = GuideRun.run(project, "translations", "import", project.resolve("target/xliff/fire-bad-client.pl-en.xlf").toString());
        Files.writeString(project.resolve(source), before);
        QuotedOutput.exactly(block, block.outputOf(0), export.lines(project), XliffExportReadmeTest::contentBound,
                "./guide translations export " + english + " --to en with a sentence added to a paragraph of " + source);
        QuotedOutput.exactly(block, block.outputOf(1), imported.lines(project), XliffExportReadmeTest::contentBound,
                "./guide translations import of that export, untouched");
    }

    /** The command's lines, with a folder outside the project written as the README writes it. */
    static List<String> in(GuideRun run, Path project, Path folder, String asWritten) {
        return run.lines(project).stream().map(line -> line.replace(folder.toString(), asWritten)).toList();
    }

    /** A line with what editors' work changes masked: counts of units, sections and documents, a unit's line, a page's hash. */
    static String contentBound(String line) {
        return line.replaceAll("\\b\\d+ translated\\b", "N translated")
                .replaceAll("\\b\\d+ of them whole sections\\b", "N of them whole sections")
                .replaceAll("\\b\\d+ of the \\d+ are whole sections\\b", "N of the N are whole sections")
                .replaceFirst("^Exported \\d+ documents", "Exported N documents")
                .replaceFirst("\\.xlf:\\d+: (unit|holds)", ".xlf:N: $1")
                .replaceFirst("\\(pl [0-9a-f]{12}\\):$", "(pl HASH):");
    }
}
