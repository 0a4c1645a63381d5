package guide.readme;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output "Translate in a CAT tool (XLIFF)" quotes for a file whose export id was damaged, compared with the same steps on a
 * copy of the real project: a paragraph added to the Polish about page, two exports (in-house and agency), the last digit of the
 * in-house file's id deleted; its import refused, then imported with --ignore-damaged-export-id, corrected and imported again,
 * and the agency's file refused after it. Export ids, times and stamps differ from run to run, so they are masked.
 */
class DamagedExportIdReadmeTest {
    private static final String PL_ABOUT = "content/pl/o-przewodniku.md";

    @TempDir
    Path project;

    @Test
    void theDamagedFileIsRefusedThenKnownByWhatIsLeftOfItsIdAndTheOtherExportIsRefused() throws Exception {
        ProjectFixture.copyRealProject(project);
        ProjectFiles.save(project, PL_ABOUT, s -> s + "\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        Path inHouse = export("in-house", "Writing to us? We reply within two workign days.");
        Path agency = export("agency", "Write to us: we answer within two working days.");
        String text = Files.readString(inHouse, StandardCharsets.UTF_8);
        Files.writeString(inHouse, text.replaceFirst("(\"exportId\":\"[^\"]*).\"", "$1\""), StandardCharsets.UTF_8);

        GuideRun refused = GuideRun.run(project, "translations", "import", inHouse.toString());
        GuideRun first = GuideRun.run(project, "translations", "import", inHouse.toString(), "--ignore-damaged-export-id");
        Files.writeString(inHouse, Files.readString(inHouse, StandardCharsets.UTF_8).replace("workign", "working"), StandardCharsets.UTF_8);
        GuideRun corrected = GuideRun.run(project, "translations", "import", inHouse.toString(), "--ignore-damaged-export-id");
        GuideRun other = GuideRun.run(project, "translations", "import", agency.toString());

        ReadmeSection.Block refusal = XliffExportReadmeTest.README.block("$ ./guide translations import in-house/about.pl-en.xlf     # after the"
                + " last digit of its export id was deleted");
        QuotedOutput.exactly(refusal, refusal.output(), refused.lines(project), DamagedExportIdReadmeTest::masked, "the import of the damaged file");
        ReadmeSection.Block run = XliffExportReadmeTest.README.block("$ ./guide translations import in-house/about.pl-en.xlf --ignore-damaged-export-id");
        QuotedOutput.exactly(run, run.outputOf(0), first.lines(project), DamagedExportIdReadmeTest::masked, "its import with the option");
        QuotedOutput.exactly(run, run.outputOf(1), corrected.lines(project), DamagedExportIdReadmeTest::masked, "its corrected copy's import");
        QuotedOutput.exactly(run, run.outputOf(2), other.lines(project), DamagedExportIdReadmeTest::masked, "the other export's import");
    }

    /** The about page exported into {@code folder}, its new paragraph translated as {@code words}. */
    private Path export(String folder, String words) throws Exception {
        GuideRun.run(project, "translations", "export", PL_ABOUT, "--to", "en", "--output", project.resolve(folder).toString());
        Path xliff = project.resolve(folder + "/about.pl-en.xlf");
        String empty = "<target xml:lang=\"en\" state=\"needs-translation\"></target>";
        String text = Files.readString(xliff, StandardCharsets.UTF_8);
        assertTrue(text.contains(empty), "the new paragraph is the unit to translate: " + text);
        Files.writeString(xliff, text.replace(empty, "<target xml:lang=\"en\" state=\"translated\">" + words + "</target>"), StandardCharsets.UTF_8);
        return xliff;
    }

    private static String masked(String line) {
        return line.replaceAll("\\d{8}T\\d{6}Z-[0-9a-f]+", "ID").replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "TIME")
                .replaceAll("[0-9a-f]{12}", "HASH");
    }
}
