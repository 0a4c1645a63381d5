package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import guide.translation.SourceRevision;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export, then import the file as it came out: every translation comes back byte for byte. */
class XliffRoundTripTest {
    @TempDir
    Path project;

    @Test
    void everyTranslationInTheRealContentComesBackByteForByte() throws Exception {
        ProjectFixture.copyRealProject(project);
        assertRoundTrip();
    }

    @Test
    void theTestsOwnContentWithEveryConstructComesBackByteForByte() throws Exception {
        XliffFixture.fixtureProject(project);
        assertRoundTrip();
    }

    private void assertRoundTrip() throws Exception {
        SiteContent content = SiteContent.load(project);
        List<TranslationState> translations = TranslationReport.of(content).all().stream()
                .filter(s -> s.status() == TranslationState.Status.CURRENT || s.status() == TranslationState.Status.OUTDATED).toList();
        assertFalse(translations.isEmpty(), "the project has translations to round-trip");
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        for (TranslationState state : translations) {
            String translation = state.document().source().toString();
            Run export = run("translations", "export", translation, "--to", state.lang(), "--output", project.resolve("xliff").toString());
            assertEquals(0, export.code(), export.err());
            Path file = project.resolve("xliff/" + state.key() + "." + state.source().lang() + "-" + state.lang() + ".xlf");
            assertTrue(Files.exists(file), export.out());
            Run imported = run("translations", "import", file.toString());
            assertEquals(0, imported.code(), translation + ": " + imported.err() + "\nexport said: " + export.out());
            assertEquals(before.get(translation.substring("content/".length())), read(project.resolve(translation)),
                    translation + " must come back byte for byte; export said: " + export.out());
        }
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file of content/ changed");
    }

    @Test
    void aPageWithoutTranslationExportsEmptyTargetsAndImportCreatesADraftWithLocalLinks() throws Exception {
        XliffFixture.fixtureProject(project);
        Run export = run("translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        Path file = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        String xliff = read(file);
        assertEquals(5, count(xliff, "<target xml:lang=\"en\" state=\"needs-translation\"></target>"), xliff);
        assertFalse(xliff.contains("state=\"translated\""), xliff);

        // What a translator's tool does first: copy each source into its target, then translate the words.
        String translated = xliff.replaceAll("(?s)(<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\")needs-translation(\">)</target>",
                        "$1$2$3translated$4$2</target>")
                .replace(">Tylko po polsku</target>", ">Polish only</target>")
                .replace(">Koniec.</target>", ">The end.</target>");
        XliffFixture.write(file, translated);
        Run unnamed = run("translations", "import", file.toString());
        assertEquals(1, unnamed.code(), "a new page's file name is its address, to give in English: " + unnamed.out());
        assertTrue(unnamed.err().contains("makes a new page, content/en/tylko-po-polsku.md, at the source's address: a file name is the page's address,"
                + " so name it in English, as ./guide translate does: import this file with --name NAME"), unnamed.err());
        assertFalse(Files.exists(project.resolve("content/en/tylko-po-polsku.md")), "nothing written");
        Run imported = run("translations", "import", file.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("content/en/polish-only.md: created (status=draft)"), imported.out());
        assertFalse(Files.exists(project.resolve("content/en/tylko-po-polsku.md")), "not at the Polish address");

        String created = read(project.resolve("content/en/polish-only.md"));
        ContentDocument source = SiteContent.load(project).documents().stream()
                .filter(d -> d.source().toString().equals("content/pl/tylko-po-polsku.md")).findFirst().orElseThrow();
        assertTrue(created.startsWith("title=Polish only\n"), created);
        assertTrue(created.contains("\nstatus=draft\n") && created.contains("\ntranslationKey=polish-only-fixture\n")
                && created.contains("\nauthor=redakcja\n") && created.contains("\ntags=test,polski\n"), created);
        assertTrue(created.contains("\nsourceRevision=" + SourceRevision.of(source).to("en") + "\n"), "the stamp tracks the summary too: " + created);
        assertTrue(created.contains("[inny artykuł](/en/other-test/#sekcja)"), "a link to a page that has an English version goes there: " + created);
        assertTrue(created.contains("[tę stronę](/pl/tylko-po-polsku/)"), "a page without one keeps its address: " + created);
        assertTrue(created.endsWith("## Jedyna sekcja {#jedyna}\n\nThe end.\n"), created);
        Run report = run("translations");
        assertTrue(report.out().matches("(?s).*polish-only-fixture\\s+source\\s+draft.*"), "a new translation is a draft until published: " + report.out());
    }

    @Test
    void unitsWhoseSourceBlockChangedAreMarkedForReviewOrTranslation() throws Exception {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Druga część.", "Druga część, poprawiona.") + "\nNowy akapit.\n");
        Run export = run("translations", "export", "content/en/other-test.md", "--to", "en");
        assertEquals(0, export.code(), export.err());
        String xliff = read(project.resolve("target/xliff/other-fixture.pl-en.xlf"));
        assertTrue(xliff.contains("<target xml:lang=\"en\" state=\"translated\">A paragraph.</target>"), xliff);
        assertTrue(xliff.contains("<target xml:lang=\"en\" state=\"needs-review-translation\">The second part.</target>"), xliff);
        assertTrue(xliff.contains("<source xml:lang=\"pl\">Nowy akapit.</source>\n        <target xml:lang=\"en\" state=\"needs-translation\"></target>"), xliff);
        assertTrue(export.out().contains("(4 translated, 1 to review, 1 to translate)"), export.out());
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private Run run(String... args) {
        return guide(project, args);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run guide(Path project, String... args) {
        XliffFixture.Run run = XliffFixture.guide(project, args);
        return new Run(run.code(), run.out(), run.err());
    }
}
