package guide.serve;

import guide.cli.Main;
import guide.dashboard.ImportOutcome;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's import says what it did as ./guide translations import does, in the form's words for what to do next. */
class DashboardImportTest {
    @TempDir
    Path project;

    @Test
    void aForcedImportIsReportedAsTheCommandReportsItInTheFormsWords() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        addSourceParagraph();

        // The translator's work: a target edited, which a forced import keeps.
        String translated = Files.readString(xliff, StandardCharsets.UTF_8).replaceFirst("</target>", " (edited)</target>");
        ImportOutcome refused = post("pricing.pl-en.xlf", translated, false, Optional.empty());
        assertFalse(refused.imported(), refused.messages().toString());
        String advice = refused.messages().get(0).lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(advice.contains(": import anyway with \"Import even if the source has changed since the export\" ticked to keep the rest of its work")
                && advice.contains("then download it again: the new file marks what changed") && !advice.contains("--force"),
                "the form has a checkbox, not a --force option: " + advice);

        ImportOutcome outcome = post("pricing.pl-en.xlf", translated, true, Optional.empty());
        // The translation was outdated when it was exported: the file still marks its edited paragraph to review. The form's
        // user downloads files rather than exporting them, and sees the page's state on the dashboard, not from a command.
        assertEquals(List.of(DashboardFixture.PRICING_EN + ": updated from pricing.pl-en.xlf; imported although its source has changed since the export, "
                + "and 1 unit still marked for review, so the stamp was updated only for the units marked translated, and this page still"
                + " lists it as outdated; download it again: the new file marks to review those units and what changed since the export"),
                outcome.messages());
    }

    @Test
    void aPageWithNoTranslationIsCreatedUnderTheNameGivenInTheForm() throws Exception {
        ProjectFixture.copyProject(project);
        Path out = project.resolve("xliff");
        assertEquals(0, guide("translations", "export", "content/pl/zaliczka-czy-zadatek.md", "--to", "en", "--output", out.toString()));
        Path xliff;
        try (var files = Files.list(out)) {
            xliff = files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
        }
        // What a translator's tool does first: copy each source into its target, then the translator translates.
        String translated = Files.readString(xliff, StandardCharsets.UTF_8).replaceAll(
                "(?s)(<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\")needs-translation(\">)</target>", "$1$2$3translated$4$2</target>");
        ImportOutcome unnamed = post("advance.xlf", translated, false, Optional.empty());
        assertFalse(unnamed.imported(), unnamed.messages().toString());
        assertEquals("Nothing imported: 1 problem", unnamed.headline());
        assertTrue(unnamed.messages().get(0).startsWith("advance.xlf: makes a new page, content/en/zaliczka-czy-zadatek.md, at the source's address")
                && unnamed.messages().get(0).endsWith("give its file name in \"New page's file name\" and import it again (one new page per import);"
                        + " its title is not translated in this file, so type a few words of its English title in lowercase letters, digits and"
                        + " single hyphens"),
                "the refusal names the form's field, not a command-line option: " + unnamed.messages());
        assertFalse(Files.exists(project.resolve("content/en/zaliczka-czy-zadatek.md")), "nothing written");

        ImportOutcome pathed = post("advance.xlf", translated, false, Optional.of("advance/deposit"));
        assertEquals(List.of("advance.xlf: the new page's file name advance/deposit: a file name is the page's address: lowercase letters, digits"
                + " and single hyphens, like how-to-price-a-project (found 'advance/deposit')"), pathed.messages());

        ImportOutcome named = post("advance.xlf", translated, false, Optional.of("Advance or deposit"));
        assertTrue(named.imported(), named.messages().toString());
        assertEquals(List.of("content/en/advance-or-deposit.md: created (status=draft) from advance.xlf; stamped current with its source, and this"
                        + " page lists it as a draft until it is published, then as current",
                "the new page's file name Advance or deposit: an address uses only the letters a to z, digits and single hyphens, so the"
                        + " page's address is /en/advance-or-deposit/ and its file content/en/advance-or-deposit.md",
                "content/en/advance-or-deposit.md:8: tags=umowy are still the Polish page's (tags are not translated with the text): related articles"
                        + " are matched by tag among English pages, so give it English tags (English pages use: money, invoices,"
                        + " pricing)"), named.messages());
        assertTrue(Files.readString(project.resolve("content/en/advance-or-deposit.md"), StandardCharsets.UTF_8).contains("\nstatus=draft\n"));
        assertFalse(Files.exists(project.resolve("content/en/zaliczka-czy-zadatek.md")), "not at the Polish address");

        ImportOutcome renamed = post("advance.xlf", translated, false, Optional.of("advance"));
        assertFalse(renamed.imported(), "the page exists: a name would make a second one: " + renamed.messages());
        assertEquals(List.of("advance.xlf: the new page's file name names a new page, but every file given updates an existing translation:"
                + " import without it"), renamed.messages());
        assertFalse(Files.exists(project.resolve("content/en/advance.md")), "no second English page");

        ImportOutcome again = post("advance.xlf", translated, false, Optional.empty());
        assertTrue(again.imported(), "the same file again goes to the page it made: " + again.messages());
        assertTrue(again.messages().get(0).startsWith("content/en/advance-or-deposit.md: unchanged from advance.xlf"), again.messages().toString());
    }

    /** A draft's refusal says what a forced import leaves it as in the form's words, as its other refusals do: no command there. */
    @Test
    void aDraftsRefusalSaysWhatTheFormLeavesItAsInTheFormsWords() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        addSourceParagraph();
        Path en = project.resolve(DashboardFixture.PRICING_EN);
        ProjectFiles.writeWhole(en, Files.readString(en, StandardCharsets.UTF_8).replace("status=published", "status=draft"));

        ImportOutcome refused = post("pricing.pl-en.xlf", Files.readString(xliff, StandardCharsets.UTF_8), false, Optional.empty());
        assertFalse(refused.imported(), refused.messages().toString());
        String message = refused.messages().get(0);
        assertTrue(message.endsWith("\n    " + DashboardFixture.PRICING_EN + " is a draft: this page lists it as a draft, not published yet, and will"
                + " list it as outdated once it is published"), "what ticking the box leaves the draft as, where the form's user sees it: " + message);
        assertFalse(message.contains("./guide") || message.contains("--force"), "the form's user has no command in front of them: " + message);
    }

    /** The form has no --replace-newer: a file older than the translation's stamp is refused even ticked, naming the command that can. */
    @Test
    void aFileExportedBeforeTheLastStampIsRefusedEvenWithTheBoxTicked() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        addSourceParagraph();
        Path en = project.resolve(DashboardFixture.PRICING_EN);
        String workSince = Files.readString(en, StandardCharsets.UTF_8) + "\nA new paragraph.\n";
        ProjectFiles.writeWhole(en, workSince);
        assertEquals(0, guide("translations", "stamp", DashboardFixture.PRICING_EN));
        String stamped = Files.readString(en, StandardCharsets.UTF_8);

        ImportOutcome refused = post("pricing.pl-en.xlf", Files.readString(xliff, StandardCharsets.UTF_8), true, Optional.empty());
        assertFalse(refused.imported(), refused.messages().toString());
        String message = refused.messages().get(0);
        assertTrue(message.startsWith("pricing.pl-en.xlf:1: " + DashboardFixture.PRICING_EN + " was stamped after this file was exported")
                && message.contains("Keep both: download it again (the new file holds the translation as it is now)")
                && message.contains("import it with ./guide translations import FILE --force --replace-newer (this form does not replace newer work)"),
                message);
        assertEquals(stamped, Files.readString(en, StandardCharsets.UTF_8), "the work done since is still there");
    }

    /** Unticked, the form gives the same refusal at once: ticking the box would only meet it next. */
    @Test
    void aFileExportedBeforeTheLastStampIsRefusedForThatAtOnceWithTheBoxUnticked() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        addSourceParagraph();
        Path en = project.resolve(DashboardFixture.PRICING_EN);
        ProjectFiles.writeWhole(en, Files.readString(en, StandardCharsets.UTF_8) + "\nA new paragraph.\n");
        assertEquals(0, guide("translations", "stamp", DashboardFixture.PRICING_EN));

        String message = post("pricing.pl-en.xlf", Files.readString(xliff, StandardCharsets.UTF_8), false, Optional.empty()).messages().get(0);
        assertTrue(message.startsWith("pricing.pl-en.xlf:1: " + DashboardFixture.PRICING_EN + " was stamped after this file was exported")
                && message.contains("import it with ./guide translations import FILE --force --replace-newer (this form does not replace newer work)")
                && !message.contains("ticked"), message);
    }

    /** A file of the same revision as one imported since: no box to tick, the command's option named in the form's words. */
    @Test
    void aFileOfTheRevisionStampedSinceItsExportIsRefusedNamingTheCommand() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        Path en = project.resolve(DashboardFixture.PRICING_EN);
        ProjectFiles.writeWhole(en, Files.readString(en, StandardCharsets.UTF_8) + "\nA paragraph reviewed in-house.\n");
        assertEquals(0, guide("translations", "stamp", DashboardFixture.PRICING_EN));
        String stamped = Files.readString(en, StandardCharsets.UTF_8);

        String translated = Files.readString(xliff, StandardCharsets.UTF_8).replaceFirst("</target>", " (edited)</target>");
        ImportOutcome refused = post("pricing.pl-en.xlf", translated, false, Optional.empty());
        assertFalse(refused.imported(), refused.messages().toString());
        String message = refused.messages().get(0);
        assertTrue(message.startsWith("pricing.pl-en.xlf:1: " + DashboardFixture.PRICING_EN + " was stamped after this file was exported: its stamp was ")
                && message.contains("Keep both: download it again")
                && message.contains("import it with ./guide translations import FILE --replace-newer (this form does not replace newer work)"), message);
        assertEquals(stamped, Files.readString(en, StandardCharsets.UTF_8), "the work done since is still there");
    }

    /**
     * A translation edited by hand since the export, its stamp not moved: the form refuses the file in the words of the command's
     * refusal, with what to do from the form (download it again) and the command that replaces the edit, ticked or not.
     */
    @Test
    void aFileImportedOverATranslationChangedSinceItsExportIsRefusedInTheFormsWords() throws Exception {
        ProjectFixture.copyProject(project);
        // Current at export: a hand edit of a translation outdated then is not seen (the same file imports again to finish it).
        assertEquals(0, guide("translations", "stamp", DashboardFixture.PRICING_EN));
        Path xliff = exportPricing();
        Path en = project.resolve(DashboardFixture.PRICING_EN);
        String edited = Files.readString(en, StandardCharsets.UTF_8).replace(DashboardFixture.OLD_TRANSLATION_BLOCK, DashboardFixture.NEW_TRANSLATION_BLOCK);
        assertTrue(edited.contains(DashboardFixture.NEW_TRANSLATION_BLOCK), "the setup: the hand edit");
        ProjectFiles.writeWhole(en, edited);
        String stamp = edited.replaceFirst("(?s).*\nsourceRevision=(pl [0-9a-f]{12}) .*", "$1");
        String translated = Files.readString(xliff, StandardCharsets.UTF_8).replaceFirst("</target>", " (edited)</target>");

        for (boolean ticked : new boolean[] {false, true}) {
            ImportOutcome refused = post("pricing.pl-en.xlf", translated, ticked, Optional.empty());
            assertFalse(refused.imported(), refused.messages().toString());
            assertEquals("Nothing imported: 1 problem", refused.headline());
            assertEquals(List.of("pricing.pl-en.xlf:1: " + DashboardFixture.PRICING_EN + " was changed after this file was exported: its text is"
                    + " not the one this file was exported with, though its stamp is still " + stamp + " (since then another file was imported,"
                    + " perhaps another export of the same revision, or the translation was edited), so the translation holds work this file"
                    + " does not have, which importing it would replace with this file's text. Keep both: download it again (the new file holds"
                    + " the translation as it is now) and copy into it what this file has that it lacks. To replace the translation with this"
                    + " file all the same, import it with ./guide translations import FILE --replace-newer (this form does not replace newer"
                    + " work); the text it replaces is kept in target/replaced/content/en/pricing-a-project." + stamp.substring(3) + ".md."),
                    refused.messages(), "ticked: " + ticked);
            assertEquals(edited, Files.readString(en, StandardCharsets.UTF_8), "the hand edit is still there");
        }
    }

    /** A damaged export id: the form has no option to import such a file, so it names the command's, ticked or not. */
    @Test
    void aFileWhoseExportIdWasDamagedIsRefusedNamingTheCommand() throws Exception {
        ProjectFixture.copyProject(project);
        Path xliff = exportPricing();
        String damaged = Files.readString(xliff, StandardCharsets.UTF_8).replaceFirst("\"exportId\":\"([^\"]*)\"", "\"exportId\":\"x$1\"")
                .replaceFirst("</target>", " (edited)</target>");
        String before = Files.readString(project.resolve(DashboardFixture.PRICING_EN), StandardCharsets.UTF_8);
        for (boolean ticked : new boolean[] {false, true}) {
            ImportOutcome refused = post("pricing.pl-en.xlf", damaged, ticked, Optional.empty());
            assertFalse(refused.imported(), refused.messages().toString());
            String message = refused.messages().get(0);
            assertTrue(message.matches("pricing\\.pl-en\\.xlf:\\d+: the export id in this file's skeleton \\(\"exportId\": \"x.*") && message.endsWith(
                    "or import it with ./guide translations import FILE --ignore-damaged-export-id (this form does not import such a file): its"
                    + " units are then not compared with other files' imports"), message);
        }
        assertEquals(before, Files.readString(project.resolve(DashboardFixture.PRICING_EN), StandardCharsets.UTF_8));
    }

    /** The pricing article's export, as the dashboard's download gives it. */
    private Path exportPricing() {
        Path xliff = project.resolve("xliff/pricing.pl-en.xlf");
        assertEquals(0, guide("translations", "export", DashboardFixture.PRICING_PL, "--to", "en", "--output", xliff.getParent().toString()));
        return xliff;
    }

    /** The source changed since the export: a new paragraph at its end. */
    private void addSourceParagraph() throws IOException {
        Path pl = project.resolve(DashboardFixture.PRICING_PL);
        ProjectFiles.writeWhole(pl, Files.readString(pl, StandardCharsets.UTF_8) + "\nNowy akapit.\n");
    }

    /** The import form posted with one file of that name and text, the box ticked when {@code force}, the name field filled or empty. */
    private ImportOutcome post(String name, String text, boolean force, Optional<String> newPageName) throws IOException {
        return new DashboardImport(project).run(List.of(new UploadForm.Upload(name, text.getBytes(StandardCharsets.UTF_8))), force, newPageName);
    }

    private int guide(String... args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--project");
            all.add(project.toString());
            String[] typed = all.toArray(String[]::new);
            return Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed);
        } finally {
            System.setOut(out);
        }
    }
}
