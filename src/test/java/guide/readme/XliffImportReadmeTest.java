package guide.readme;

import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output "Translate in a CAT tool (XLIFF)" quotes for {@code ./guide translations import}, compared
 * with a run of its steps on a copy of the real project made a git repository (the README quotes the real
 * pages), each test on a fresh export, putting back the pages it changed. A translator's work is played
 * by editing the exported file as a CAT tool would. Nothing is built. Masked as in
 * {@link XliffExportReadmeTest#contentBound}, and the tags English pages use.
 */
class XliffImportReadmeTest {
    private static final ReadmeSection README = XliffExportReadmeTest.README;
    private static final String ABOUT = "content/pl/o-przewodniku.md";

    @RealProject(git = true)
    static Path project;

    @BeforeEach
    void noEarlierExports() throws IOException {
        Path xliff = project.resolve("target/xliff");
        if (Files.exists(xliff)) {
            try (Stream<Path> files = Files.walk(xliff)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aTranslatorsFileUpdatesTheTranslation(@TempDir Path downloads) throws IOException {
        export(ABOUT);
        String xliff = Files.readString(xlf("about")).replace(">Who writes it</target>", ">Who writes the guide</target>");
        Files.writeString(downloads.resolve("about.pl-en.xlf"), xliff);
        String english = Files.readString(project.resolve("content/en/about.md"));
        GuideRun imported = GuideRun.run(project, "translations", "import", downloads.resolve("about.pl-en.xlf").toString());
        GuideRun stamp = GuideRun.run(project, "translations", "stamp", "content/en/about.md");
        Files.writeString(project.resolve("content/en/about.md"), english);
        ReadmeSection.Block block = README.block(6);
        QuotedOutput.exactly(block, block.outputOf(0), XliffExportReadmeTest.in(imported, project, downloads, "/tmp/Downloads"),
                line -> line, "./guide translations import of the about page's export with heading b4.1 translated anew");
        QuotedOutput.exactly(block, block.outputOf(1), stamp.lines(project), line -> line.replaceFirst("\\(pl [0-9a-f]{12}\\)", "(pl HASH)"),
                "./guide translations stamp right after that import, which stamped the page itself");
    }

    @Test
    void aNewPageIsImportedOnlyWithAName() throws IOException {
        ReadmeSection.Block block = README.block(8);
        Files.write(project.resolve("content/pl/jak-wycenic-projekt.md"), ReadmeSection.subsection("Add an article").block(0).lines());
        GuideRun export = GuideRun.run(project, "translations", "export", "content/pl/jak-wycenic-projekt.md", "--to", "en");
        assertEquals(0, export.exitCode(), export.err());
        QuotedOutput.exactly(README.block(7), README.block(7).output(), export.lines(project), line -> line,
                "./guide translations export of the example article, which has no English version yet");
        String xliff = Files.readString(xlf("pricing-a-project"));
        for (String target : List.of("How to price a project so the client stays", "One or two sentences about the article.",
                "First paragraph…", "Start with the scope", "The section's text…")) {
            xliff = xliff.replaceFirst("<target xml:lang=\"en\" state=\"needs-translation\"></target>",
                    "<target xml:lang=\"en\" state=\"translated\">" + target + "</target>");
        }
        Files.writeString(xlf("pricing-a-project"), xliff);
        GuideRun unnamed = GuideRun.run(project, "translations", "import", xlf("pricing-a-project").toString());
        GuideRun named = GuideRun.run(project, "translations", "import", xlf("pricing-a-project").toString(), "--name", "pricing-a-project");
        Files.delete(project.resolve("content/pl/jak-wycenic-projekt.md"));
        Files.deleteIfExists(project.resolve("content/en/pricing-a-project.md"));
        String what = "./guide translations import of the example article's export, its 5 targets translated";
        QuotedOutput.exactly(block, block.outputOf(0), unnamed.lines(project), line -> line, what);
        QuotedOutput.exactly(block, block.outputOf(1), named.lines(project), TranslatorsReadmeTest::contentBound, what + ", with --name");
    }

    @Test
    void aUnitLeftForReviewIsListedInTheStamp() throws IOException {
        ReadmeSection.Block block = README.block(10);
        String polish = Files.readString(project.resolve(ABOUT));
        String english = Files.readString(project.resolve("content/en/about.md"));
        GitProject.edit(project.resolve(ABOUT), "Po prostu czytasz.\n", "Po prostu czytasz. I tyle.\n");
        export(ABOUT);
        GitProject.edit(xlf("about"), "state=\"needs-review-translation\">Our pages", "state=\"translated\">Our pages");
        GitProject.edit(xlf("about"), "state=\"translated\">Anyone who prices", "state=\"needs-review-translation\">Anyone who prices");
        GuideRun imported = GuideRun.run(project, "translations", "import", xlf("about").toString());
        GuideRun report = GuideRun.run(project, "translations");
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(project.resolve("content/en/about.md"), english);
        String what = "./guide translations import with two words added to the about page's last paragraph, its unit confirmed and"
                + " the one under 'Who it's for' set back to review";
        QuotedOutput.exactly(block, block.outputOf(0), imported.lines(project), line -> line, what);
        QuotedOutput.inOrder(block, block.outputOf(1), report.lines(project), TranslatorsReadmeTest::contentBound, "./guide translations after " + what);
    }

    @Test
    void aLostTagAndAnEditedSourceAreRefused() throws IOException {
        ReadmeSection.Block block = README.block(11);
        export(ABOUT);
        String xliff = Files.readString(xlf("about"));
        GitProject.edit(xlf("about"), "<ept id=\"3\">](/en/how-to-end-a-client-relationship-in-3-steps/)</ept>", "");
        List<GuideRun> runs = new ArrayList<>(List.of(importAbout()));
        Files.writeString(xlf("about"), xliff);
        String polish = Files.readString(project.resolve(ABOUT));
        Files.writeString(project.resolve(ABOUT), polish.replace("plików cookie ani", "plików cookie, reklam ani")
                + "\n## Kontakt {#contact}\n\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        runs.add(importAbout());
        Files.writeString(project.resolve(ABOUT), polish.replace("kto go tworzy", "kto go pisze"));
        runs.add(importAbout());
        Files.writeString(project.resolve(ABOUT), polish);
        List<String> cases = List.of("with the link end tag <ept id=\"3\"> deleted from unit b5.1's target",
                "after 'reklam' and a section were added to " + ABOUT, "after the summary of " + ABOUT + " was edited");
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(1, runs.get(i).exitCode());
            QuotedOutput.exactly(block, block.outputOf(i), runs.get(i).lines(project), XliffExportReadmeTest::contentBound,
                    "./guide translations import target/xliff/about.pl-en.xlf " + cases.get(i));
        }
    }

    @Test
    void aFileCutShortIsNamedAtItsEnd() throws IOException {
        export(ABOUT);
        String xliff = Files.readString(xlf("about"));
        String last = xliff.substring(xliff.lastIndexOf("<trans-unit id=\"") + "<trans-unit id=\"".length()).replaceFirst("(?s)\".*", "");
        Files.writeString(xlf("about"), XliffExportReadmeTest.cutInsideTarget(xliff, last));
        GuideRun imported = importAbout();
        assertEquals(1, imported.exitCode());
        ReadmeSection.Quote quote = README.quote('`', "target/xliff/about.pl-en.xlf:55: the file ends");
        assertEquals(XliffExportReadmeTest.lineBound(quote.text()), XliffExportReadmeTest.lineBound(imported.lines(project).get(0)),
                "README.md:" + quote.line() + " quotes the import of a file cut short inside its last target");
    }

    @Test
    void theAgencysOlderFileIsRefusedOverTheInHouseTranslationOfANewSection(@TempDir Path agency) throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        String english = Files.readString(project.resolve("content/en/about.md"));
        assertEquals(0, GuideRun.run(project, "translations", "export", ABOUT, "--to", "en", "--output", agency.toString()).exitCode());
        Files.writeString(project.resolve(ABOUT), polish + "\n## Kontakt\n\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        export(ABOUT);
        // The in-house translator fills the new section's unit (with its source: the stamp depends on the source alone) and confirms it.
        Files.writeString(xlf("about"), Files.readString(xlf("about")).replaceAll(
                "(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target xml:lang=\"en\") state=\"needs-translation\"></target>",
                "$1$2$3 state=\"translated\">$2</target>"));
        GuideRun inHouse = importAbout();
        GuideRun refused = GuideRun.run(project, "translations", "import", agency.resolve("about.pl-en.xlf").toString(), "--force");
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(project.resolve("content/en/about.md"), english);
        assertEquals(0, inHouse.exitCode(), inHouse.err());
        assertEquals(1, refused.exitCode(), refused.out());
        ReadmeSection.Quote quote = README.quote('`', "/tmp/for-the-agency/about.pl-en.xlf:1: content/en/about.md was stamped after");
        assertEquals(withoutTimes(quote.text()), withoutTimes(XliffExportReadmeTest.in(refused, project, agency, "/tmp/for-the-agency").get(0)),
                "README.md:" + quote.line()
                + " quotes the import with --force of the agency's file exported before the section Kontakt was added and translated in-house");
    }

    /**
     * The same revision exported twice, in house and to an agency, each translating the new paragraph: the in-house file imported,
     * corrected and imported again; the agency's refused, naming the in-house export; after a hand edit, the in-house file refused too.
     */
    @Test
    void theInHouseFileCorrectedAfterItsImportGoesInAndTheAgencysIsRefusedNamingIt() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        Path translation = project.resolve("content/en/about.md");
        String english = Files.readString(translation);
        Files.writeString(project.resolve(ABOUT), polish + "\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        for (String folder : List.of("agency", "in-house")) {
            assertEquals(0, GuideRun.run(project, "translations", "export", ABOUT, "--to", "en", "--output",
                    project.resolve(folder).toString()).exitCode());
        }
        Path inHouse = project.resolve("in-house/about.pl-en.xlf");
        Path agency = project.resolve("agency/about.pl-en.xlf");
        String empty = "state=\"needs-translation\"></target>";
        GitProject.edit(inHouse, empty, "state=\"translated\">Writing to us? We reply within two workign days.</target>");
        GitProject.edit(agency, empty, "state=\"translated\">Writing to us? We answer within two working days.</target>");
        GuideRun first = GuideRun.run(project, "translations", "import", inHouse.toString());
        String imported = Files.readString(translation);
        GitProject.edit(inHouse, "workign", "working");
        GuideRun corrected = GuideRun.run(project, "translations", "import", inHouse.toString());
        GuideRun refused = GuideRun.run(project, "translations", "import", agency.toString());
        GitProject.edit(translation, "within two working days", "within two business days");
        GitProject.edit(inHouse, "working days.", "working days!");
        GuideRun handEdited = GuideRun.run(project, "translations", "import", inHouse.toString());
        restore(polish, english);

        ReadmeSection.Block block = README.block("$ ./guide translations import in-house/about.pl-en.xlf");
        QuotedOutput.exactly(block, block.outputOf(0), first.lines(project), line -> line, "the in-house file's import");
        QuotedOutput.exactly(block, block.outputOf(1), corrected.lines(project), line -> line, "the in-house file, corrected, imported again");
        ReadmeSection.Quote line = README.quote('`', "lastImport=2026");
        Matcher record = Pattern.compile("(?m)^lastImport=\\d{8}T\\d{6}Z-[0-9a-f]{6}(:[0-9a-f]{12})$").matcher(imported);
        assertTrue(record.find() && line.text().endsWith(record.group(1)), "README.md:" + line.line() + " quotes \"" + line.text()
                + "\" as the in-house import's line, but the import wrote:\n" + imported);
        assertEquals(1, refused.exitCode(), refused.out());
        assertSaid(README.quote('`', "agency/about.pl-en.xlf:1: content/en/about.md was stamped after"), refused, "the agency's import after the"
                + " in-house one");
        assertEquals(1, handEdited.exitCode(), handEdited.out());
        assertSaid(README.quote('`', "… its stamp was pl c25160642a69 then"), handEdited, "the in-house file's import after a hand edit");
    }

    @Test
    void aDamagedExportIdIsRefusedAtItsLine() throws IOException {
        Path inHouse = project.resolve("in-house/about.pl-en.xlf");
        assertEquals(0, GuideRun.run(project, "translations", "export", ABOUT, "--to", "en", "--output", inHouse.getParent().toString()).exitCode());
        String id = Files.readString(inHouse).replaceFirst("(?s).*\"exportId\":\"([^\"]+)\".*", "$1");
        GitProject.edit(inHouse, "\"exportId\":\"" + id + "\"", "\"exportId\":\"" + id.substring(0, id.length() - 1) + "\"");
        GuideRun refused = GuideRun.run(project, "translations", "import", inHouse.toString());
        restore(Files.readString(project.resolve(ABOUT)), Files.readString(project.resolve("content/en/about.md")));
        ReadmeSection.Block block = README.block("$ ./guide translations import in-house/about.pl-en.xlf     # after the last digit of its export id"
                + " was deleted");
        QuotedOutput.exactly(block, block.output(), refused.lines(project), line -> line.replaceFirst("\"\\d{8}T\\d{6}Z-[0-9a-f]{5}\"", "\"ID\""),
                "./guide translations import of the in-house file with the last digit of its export id deleted");
    }

    /** The quote, its parts between "…" said in that order by {@code run}'s first line, export times masked. */
    private static void assertSaid(ReadmeSection.Quote quote, GuideRun run, String what) {
        String said = withoutTimes(run.lines(project).get(0));
        int at = 0;
        for (String part : withoutTimes(quote.text()).split("…")) {
            int found = said.indexOf(part.strip(), at);
            assertTrue(found >= at, "README.md:" + quote.line() + " quotes \"" + quote.text() + "\" from " + what + ", and it does not say \""
                    + part.strip() + "\" there. What it says:\n" + said);
            at = found + part.strip().length();
        }
    }

    @Test
    void aFileForADeletedPageStopsTheImport() throws IOException {
        export("content/pl");
        List<String> deleted = List.of("content/pl/404.md", "content/en/404.md");
        List<String> kept = new ArrayList<>();
        for (String file : deleted) {
            kept.add(Files.readString(project.resolve(file)));
            Files.delete(project.resolve(file));
        }
        List<String> command = new ArrayList<>(List.of("translations", "import"));
        try (Stream<Path> files = Files.list(project.resolve("target/xliff"))) {
            files.map(Path::toString).filter(name -> name.endsWith(".xlf")).sorted().forEach(command::add);
        }
        GuideRun imported = GuideRun.run(project, command.toArray(String[]::new));
        for (int i = 0; i < deleted.size(); i++) {
            Files.writeString(project.resolve(deleted.get(i)), kept.get(i));
        }
        QuotedOutput.exactly(README.block(12), README.block(12).output(), imported.lines(project), line -> line,
                "./guide translations import target/xliff/*.xlf with the not-found pages deleted");
    }

    @Test
    void aFileFromAnotherProjectSaysWhereItBelongs(@TempDir Path other) throws IOException {
        ProjectFixture.copyRealProject(other);
        Files.writeString(other.resolve("content/pl/umowa-o-dzielo.md"), "title=Umowa o dzieło\ndate=2026-12-01\ntype=post\n"
                + "status=published\ntranslationKey=contract-for-work\nauthor=redakcja\nsummary=Krótko o umowie o dzieło.\n~~~~~~\n\nTekst.\n");
        assertEquals(0, GuideRun.run(other, "translations", "export", "content/pl/umowa-o-dzielo.md", "--to", "en").exitCode());
        Files.createDirectories(project.resolve("target/xliff"));
        Path file = Files.copy(other.resolve("target/xliff/contract-for-work.pl-en.xlf"), xlf("contract-for-work"));
        GuideRun imported = GuideRun.run(project, "translations", "import", file.toString());
        QuotedOutput.exactly(README.block(13), README.block(13).output(), imported.lines(project), line -> line,
                "./guide translations import of a file exported from another copy of the guide, for its content/pl/umowa-o-dzielo.md");
    }

    @Test
    void anotherFileIsRefusedWhereItWouldPutBackAUnitTheInHouseFileChanged() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        String english = Files.readString(project.resolve("content/en/about.md"));
        GuideRun partial = exportTwiceAndImportInHouse(polish);
        GitProject.edit(project.resolve("agency/about.pl-en.xlf"), "state=\"needs-review-translation\">Our pages don't use cookies",
                "state=\"translated\">Our pages don't use cookies, ads");
        GuideRun refused = GuideRun.run(project, "translations", "import", project.resolve("agency/about.pl-en.xlf").toString());
        restore(polish, english);
        assertEquals(0, partial.exitCode(), partial.err());
        ReadmeSection.Quote quote = README.quote('`', "agency/about.pl-en.xlf:1: content/en/about.md was changed after this file was exported:"
                + " its text is not the one this file was exported with (unit");
        String said = String.join("\n", refused.lines(project));
        assertEquals(1, refused.exitCode(), said);
        assertTrue(withoutTimes(said).startsWith(withoutTimes(quote.text().replaceFirst("…$", ""))), "README.md:" + quote.line() + " quotes \""
                + quote.text() + "\" from the agency's import over the in-house file's partial one, and it does not say that. What it says:\n" + said);
    }

    @Test
    void aSecondFileThatRewordsTheSameParagraphIsRefusedAtItsUnit() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        String english = Files.readString(project.resolve("content/en/about.md"));
        GuideRun partial = exportTwiceAndImportInHouse(polish);
        Path agency = project.resolve("agency/about.pl-en.xlf");
        GitProject.edit(agency, ">Anyone who prices their own work", ">Anyone who names their own price");
        GitProject.edit(agency, "state=\"needs-review-translation\">Our pages don't use cookies", "state=\"translated\">Our pages don't use cookies, ads");
        GuideRun refused = GuideRun.run(project, "translations", "import", agency.toString());
        GuideRun replaced = GuideRun.run(project, "translations", "import", agency.toString(), "--replace-newer");
        restore(polish, english);
        assertEquals(0, partial.exitCode(), partial.err());
        ReadmeSection.Block block = README.block("$ ./guide translations import agency/about.pl-en.xlf");
        QuotedOutput.exactly(block, block.outputOf(0), refused.lines(project), XliffImportReadmeTest::withoutTimes,
                "./guide translations import of the agency's file after the in-house file's partial import, both rewording one paragraph");
        QuotedOutput.exactly(block, block.outputOf(1), replaced.lines(project), XliffImportReadmeTest::withoutTimes,
                "the same import with --replace-newer");
    }

    /** The importedFrom= line the README quotes after the in-house file's partial import, and the stamp after review that takes it out. */
    @Test
    void aStampAfterReviewTakesOutTheLineThePartialImportWrote() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        Path translation = project.resolve("content/en/about.md");
        String english = Files.readString(translation);
        Files.writeString(project.resolve(ABOUT), polish.replace("plików cookie ani", "plików cookie, reklam ani"));
        Path inHouse = project.resolve("in-house/about.pl-en.xlf");
        assertEquals(0, GuideRun.run(project, "translations", "export", ABOUT, "--to", "en", "--output", inHouse.getParent().toString()).exitCode());
        GitProject.edit(inHouse, ">Anyone who prices their own work", ">Anyone who sets their own prices");
        GuideRun partial = GuideRun.run(project, "translations", "import", inHouse.toString());
        String imported = Files.readString(translation);
        GitProject.edit(translation, "Our pages don't use cookies or", "Our pages don't use cookies, ads or");
        GuideRun stamp = GuideRun.run(project, "translations", "stamp", "content/en/about.md");
        String stamped = Files.readString(translation);
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(translation, english);
        Files.delete(inHouse);
        Files.delete(inHouse.getParent());
        assertEquals(0, partial.exitCode(), partial.err());
        ReadmeSection.Quote line = README.quote('`', "importedFrom=2026");
        Matcher id = Pattern.compile("(?m)^importedFrom=\\d{8}T\\d{6}Z-[0-9a-f]{6}(:.*)$").matcher(imported);
        assertTrue(id.find() && line.text().endsWith(id.group(1)), "README.md:" + line.line() + " quotes \"" + line.text()
                + "\" as the in-house import's line, but the import wrote:\n" + imported);
        ReadmeSection.Quote said = README.quote('`', "content/en/about.md: stamped current with content/pl/o-przewodniku.md (pl 86715af28d23)");
        assertEquals(said.text(), String.join("\n", stamp.lines(project)), "README.md:" + said.line());
        assertFalse(stamped.contains("importedFrom="), "the stamp takes the line out:\n" + stamped);
    }

    @Test
    void aUnitWhoseSourceChangedAgainIsNamedAtItsLine() throws IOException {
        String polish = Files.readString(project.resolve(ABOUT));
        String english = Files.readString(project.resolve("content/en/about.md"));
        Files.writeString(project.resolve(ABOUT), polish.replace("plików cookie ani", "plików cookie, reklam ani"));
        export(ABOUT);
        GitProject.edit(xlf("about"), ">Anyone who prices their own work", ">Anyone who sets their own prices");
        GuideRun partial = importAbout();
        GitProject.edit(project.resolve(ABOUT), "Po prostu czytasz.", "Po prostu czytasz, za darmo.");
        GitProject.edit(xlf("about"), "state=\"needs-review-translation\">Our pages don't use cookies", "state=\"translated\">Our pages don't use cookies, ads");
        GuideRun forced = GuideRun.run(project, "translations", "import", xlf("about").toString(), "--force");
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(project.resolve("content/en/about.md"), english);
        assertEquals(0, partial.exitCode(), partial.err());
        ReadmeSection.Block block = README.block("$ ./guide translations import target/xliff/about.pl-en.xlf --force");
        QuotedOutput.exactly(block, block.output(), forced.lines(project), line -> line,
                "./guide translations import --force of the in-house file after its partial import and a new edit of the Polish paragraph");
    }

    /** A line with the export times masked: each export has its own. */
    /**
     * The set-up of the two files of the "about" page: the Polish page gets ", reklam", the outdated English goes out to an
     * agency and in house, and the in-house file, reworded, is imported first (partly: it leaves a unit to review).
     */
    private static GuideRun exportTwiceAndImportInHouse(String polish) throws IOException {
        Files.writeString(project.resolve(ABOUT), polish.replace("plików cookie ani", "plików cookie, reklam ani"));
        for (String folder : List.of("agency", "in-house")) {
            assertEquals(0, GuideRun.run(project, "translations", "export", ABOUT, "--to", "en", "--output",
                    project.resolve(folder).toString()).exitCode());
        }
        GitProject.edit(project.resolve("in-house/about.pl-en.xlf"), ">Anyone who prices their own work", ">Anyone who sets their own prices");
        return GuideRun.run(project, "translations", "import", project.resolve("in-house/about.pl-en.xlf").toString());
    }

    /** Puts back the two pages as they were and takes out the files the imports above made. */
    private static void restore(String polish, String english) throws IOException {
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(project.resolve("content/en/about.md"), english);
        for (String folder : List.of("agency", "in-house", "target/replaced")) {
            if (!Files.exists(project.resolve(folder))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(project.resolve(folder))) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String withoutTimes(String line) {
        return line.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "TIME");
    }

    private static void export(String path) {
        GuideRun export = GuideRun.run(project, "translations", "export", path, "--to", "en");
        assertEquals(0, export.exitCode(), export.err());
    }

    private static GuideRun importAbout() {
        return GuideRun.run(project, "translations", "import", xlf("about").toString());
    }

    private static Path xlf(String key) {
        return project.resolve("target/xliff/" + key + ".pl-en.xlf");
    }
}
