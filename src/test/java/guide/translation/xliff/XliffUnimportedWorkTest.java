package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's workflow is export, translate in a CAT tool, import; the CAT tool saves the translator's work into the
 * exported file itself. An export run again before the import names such a file at its first unit with work in it and
 * writes nothing at all (as an import refuses all or nothing), until the file is imported or the export is told
 * {@code --replace}; a file with nothing the project lacks is written over as before, and so is one after its import.
 */
class XliffUnimportedWorkTest {
    private static final String ARTICLE = "content/pl/artykul-testowy.md";
    private static final String OTHER = "content/pl/inny-testowy.md";

    @TempDir
    Path project;

    @Test
    void aTargetChangedInACatToolIsNotWrittenOverNorIsAnyOtherFileUntilItIsImported() throws IOException {
        Path article = exported(ARTICLE, OTHER).get(0);
        Path other = project.resolve("target/xliff/other-fixture.pl-en.xlf");
        write(article, read(article).replace(">A section with an anchor<", ">A section with its anchor<"));
        Files.delete(other); // the other file would be written anew: it is not, either
        Map<String, String> before = XliffFixture.snapshot(article.getParent());

        XliffFixture.Run run = export(ARTICLE, OTHER);
        assertEquals(1, run.code(), run.out());
        assertEquals(article + ":" + unitLine(article, "A section with its anchor") + ": holds work that content/en/test-article.md does"
                + " not have: unit b2.1 (heading sekcja) has the target \"A section with its anchor\"; this export would overwrite it. If that"
                + " is a translator's work, import it first, then export again: ./guide translations import " + article + "; if it is left"
                + " over from before someone edited content/en/test-article.md, export with --replace to overwrite it\n"
                + "Nothing exported: 1 problem; " + article.getParent() + " was left as it was.\n", run.err());
        assertEquals(before, XliffFixture.snapshot(article.getParent()), "all or nothing: not even the other file is written");

        assertEquals(0, XliffFixture.guide(project, "translations", "import", article.toString()).code());
        XliffFixture.Run again = export(ARTICLE, OTHER);
        assertEquals(0, again.code(), again.err());
        assertTrue(read(article).contains("state=\"translated\">A section with its anchor<"), "imported, it is the project's own");
        assertTrue(Files.exists(other));
    }

    /** Work in several units: the message names the first and counts the others, so that it stays one line an editor reads. */
    @Test
    void workInSeveralUnitsNamesTheFirstAndCountsTheOthers() throws IOException {
        Path article = exported(ARTICLE).get(0);
        write(article, read(article).replace(">A section with an anchor<", ">A section with its anchor<")
                .replace(">Test article: footnotes, tables and code<", ">Test article: footnotes and tables<"));

        XliffFixture.Run run = export(ARTICLE);
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains(": unit title has the target \"Test article: footnotes and tables\" (and 1 more unit); this"
                + " export would overwrite it."), run.err());
    }

    /**
     * A file as the export wrote it holds nothing of a translator's, even when an editor has changed the translation since:
     * the export writes over it without --replace. The file records each unit's target as exported; one exported before
     * it did is refused as before, as is the file once a translator has changed a unit.
     */
    @Test
    void anEditorsLaterEditOfTheTranslationIsNoTranslatorsWork() throws IOException {
        Path article = exported(ARTICLE).get(0);
        String asExported = read(article);
        Path english = project.resolve("content/en/test-article.md");
        write(english, read(english).replace("## A section with an anchor {#sekcja}", "## A section with its anchor {#sekcja}"));

        XliffFixture.Run run = export(ARTICLE);
        assertEquals(0, run.code(), run.err());
        assertTrue(read(article).contains(">A section with its anchor<") && !read(article).contains(">A section with an anchor<"), read(article));

        write(article, asExported.replaceFirst("\"exported\":\\{[^}]*\\},?", ""));
        assertTrue(!read(article).contains("\"exported\""), "an export made before the record: " + read(article));
        XliffFixture.Run old = export(ARTICLE);
        assertEquals(1, old.code(), old.out());
        assertTrue(old.err().startsWith(article + ":" + unitLine(article, "A section with an anchor") + ": holds work that"), old.err());

        assertEquals(0, export(ARTICLE, "--replace").code());
        write(article, read(article).replace(">A section with its anchor<", ">A section with the anchor<"));
        XliffFixture.Run edited = export(ARTICLE);
        assertEquals(1, edited.code(), "a translator's change is refused as before: " + edited.out());
    }

    /** A CAT tool saves a file it opened (Okapi here) in its own way: targets it did not change still read as exported. */
    @Test
    void aFileACatToolSavedUnchangedIsStillAsExported() throws IOException {
        ProjectFixture.copyRealProject(project);
        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en").code());
        Path file = project.resolve("target/xliff/fire-bad-client.pl-en.xlf");
        String saved = OkapiXliff.rewriteTargets(read(file), "pl", "en", text -> text);
        assertTrue(!saved.equals(read(file)), "the tool writes the file its own way");
        write(file, saved);
        Path english = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        write(english, read(english).replaceFirst("\n## ([^\n]*)", "\n## $1, edited"));

        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(file).contains(", edited"), "written anew, with the editor's heading");
    }

    @Test
    void replaceWritesOverItAndTheWorkIsGone() throws IOException {
        Path article = exported(ARTICLE).get(0);
        write(article, read(article).replace(">A section with an anchor<", ">A section with its anchor<"));

        XliffFixture.Run run = export(ARTICLE, "--replace");
        assertEquals(0, run.code(), run.err());
        assertTrue(read(article).contains(">A section with an anchor<") && !read(article).contains("its anchor"), read(article));
    }

    /**
     * Untouched since its export, a file holds nothing the project lacks, though the source changed since and its export
     * with it: it is written over as before. But a translator who reviews a unit and finds its translation still right
     * changes its state only, and that is work too.
     */
    @Test
    void anUntouchedFileIsWrittenOverButNotAUnitMarkedDoneWhereTheProjectStillHasItToReview() throws IOException {
        List<Path> files = exported(ARTICLE, "content/pl/tylko-po-polsku.md");
        revisePolishHeading();
        Path polishOnly = project.resolve("content/pl/tylko-po-polsku.md");
        write(polishOnly, read(polishOnly).replace("Koniec.", "Koniec tekstu."));
        List<String> before = List.of(read(files.get(0)), read(files.get(1)));
        assertEquals(files, exported(ARTICLE, "content/pl/tylko-po-polsku.md"));
        assertFalse(read(files.get(0)).equals(before.get(0)) || read(files.get(1)).equals(before.get(1)), "both written anew");

        Path article = files.get(0);
        String toReview = "state=\"needs-review-translation\">A section with an anchor<";
        assertTrue(read(article).contains(toReview), read(article));
        write(article, read(article).replace(toReview, "state=\"translated\">A section with an anchor<"));
        XliffFixture.Run run = export(ARTICLE);
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(article + ":" + unitLine(article, "A section with an anchor") + ": holds work that"
                + " content/en/test-article.md does not have: unit b2.1 (heading sekcja) is marked translated here, but"
                + " content/en/test-article.md still has it to review; this export would overwrite it. If that is a translator's work,"
                + " import it first, then export again: ./guide translations import " + article + ";"), run.err());

        assertEquals(0, XliffFixture.guide(project, "translations", "import", article.toString()).code());
        assertEquals(0, export(ARTICLE).code());
        assertTrue(read(article).contains("state=\"translated\">A section with an anchor<"), read(article));
    }

    @Test
    void aNewPagesFileNamesTheImportWithTheNameItNeeds() throws IOException {
        Path file = exported("content/pl/tylko-po-polsku.md").get(0);
        String empty = "<target xml:lang=\"en\" state=\"needs-translation\"></target>";
        assertTrue(read(file).contains(empty), read(file));
        write(file, read(file).replaceFirst(empty, "<target xml:lang=\"en\" state=\"translated\">Polish only</target>"));

        XliffFixture.Run run = export("content/pl/tylko-po-polsku.md");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith(file + ":" + unitLine(file, "Polish only") + ": holds work that is not in the project yet: unit"
                + " title has the target \"Polish only\"; this export would overwrite it. If that is a translator's work, import it"
                + " first, then export again: ./guide translations import " + file + " --name NAME (NAME: the new page's file name); to throw"
                + " it away, export with --replace to overwrite it\n"), run.err());
    }

    @Test
    void aFileThatCannotBeReadIsNotWrittenOverEither() throws IOException {
        List<Path> files = exported(ARTICLE, OTHER);
        String text = read(files.get(0));
        write(files.get(0), text.substring(0, text.indexOf("</body>"))); // saved cut short
        write(files.get(1), "Notes on the translation of the other page.\n"); // someone's own file, under the export's name
        Map<String, String> before = XliffFixture.snapshot(files.get(0).getParent());

        XliffFixture.Run run = export(ARTICLE, OTHER);
        assertEquals(1, run.code(), run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.get(i).startsWith(files.get(i) + ":"), lines.get(i));
            assertTrue(lines.get(i).contains(": cannot be read as an XLIFF export: "), lines.get(i));
            assertTrue(lines.get(i).endsWith(". It may hold a translator's work, which this export would overwrite: repair it and import it,"
                    + " move it out of " + files.get(i).getParent() + ", or export with --replace to overwrite it"), lines.get(i));
            assertFalse(lines.get(i).contains("export the document again"), "no advice to do what this export refuses: " + lines.get(i));
        }
        assertTrue(lines.get(0).contains(": cannot be read as an XLIFF export: the file ends before </xliff>, with <body> (opened on line "),
                "the reader's words say what is wrong: " + lines.get(0));
        assertTrue(lines.get(0).contains(" still open: was it cut short? Copy or download it again. It may hold"), lines.get(0));
        assertEquals("Nothing exported: 2 problems; " + files.get(0).getParent() + " was left as it was.", lines.get(2));
        assertEquals(before, XliffFixture.snapshot(files.get(0).getParent()));
    }

    /**
     * On the test site (articles with links, home, not-found and quiz pages, a page with no translation yet), through Okapi
     * as XliffCatToolTest uses it: every file a CAT tool rewrote is kept from a new export; once imported, none is.
     */
    @Test
    void everyFileACatToolRewroteIsKeptUntilImportedAndNoneAfter() throws IOException {
        ProjectFixture.copyProject(project);
        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en").code());
        List<Path> files;
        try (Stream<Path> list = Files.list(project.resolve("target/xliff"))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            write(file, OkapiXliff.rewriteTargets(read(file), "pl", "en", text -> text.toUpperCase(Locale.ROOT))
                    .replaceAll("state=\"needs-[a-z-]+\"", "state=\"translated\""));
        }
        Map<String, String> translated = XliffFixture.snapshot(project.resolve("target/xliff"));

        XliffFixture.Run refused = XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en");
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().contains(" more units); this export would overwrite it."), "every target rewritten: " + refused.err());
        assertTrue(refused.err().endsWith("Nothing exported: " + files.size() + " problems; " + project.resolve("target/xliff")
                + " was left as it was.\n"), refused.err());
        assertEquals(translated, XliffFixture.snapshot(project.resolve("target/xliff")));

        List<String> args = new ArrayList<>(List.of("translations", "import"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--name", "advance-or-deposit"));
        XliffFixture.Run imported = XliffFixture.guide(project, args.toArray(String[]::new));
        assertEquals(0, imported.code(), imported.err());
        XliffFixture.Run again = XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en");
        assertEquals(0, again.code(), again.err());
    }

    /** The fixture project's files exported into English (target/xliff), in the order given. */
    private List<Path> exported(String... sources) {
        XliffFixture.Run run = export(sources);
        assertEquals(0, run.code(), run.err());
        return run.out().lines().filter(l -> l.contains(" -> ")).map(l -> Path.of(l.substring(l.indexOf(" -> ") + 4, l.lastIndexOf(" (")))).toList();
    }

    private XliffFixture.Run export(String... arguments) {
        if (!Files.exists(project.resolve("content"))) {
            XliffFixture.fixtureProject(project);
        }
        List<String> args = new ArrayList<>(List.of("translations", "export"));
        args.addAll(List.of(arguments));
        args.addAll(List.of("--to", "en"));
        return XliffFixture.guide(project, args.toArray(String[]::new));
    }

    /** The Polish heading of the article's section edited, so that its English translation is to review. */
    private void revisePolishHeading() throws IOException {
        if (!Files.exists(project.resolve("content"))) {
            XliffFixture.fixtureProject(project);
        }
        Path source = project.resolve(ARTICLE);
        write(source, read(source).replace("## Sekcja z kotwicą {#sekcja}", "## Sekcja z kotwicą i przykładem {#sekcja}"));
    }

    /** The line of the {@code <trans-unit>} whose target holds {@code text}. */
    private static int unitLine(Path file, String text) throws IOException {
        String xliff = read(file);
        int unit = xliff.lastIndexOf("<trans-unit ", xliff.indexOf(">" + text + "<"));
        return (int) xliff.substring(0, unit).chars().filter(c -> c == '\n').count() + 1;
    }
}
