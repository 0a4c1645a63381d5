package guide.translation.xliff;

import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit exported to review because its source changed since the translation's stamp carries a note saying what changed, as
 * ./guide translations lists it (an edited paragraph by the words that changed, its old text from git), so that a translator
 * sees it in the CAT tool beside the unit; units whose source did not change carry none. The import ignores notes. The page
 * is the test's own, written here, so that an editor's change of the real pages cannot break it.
 */
class XliffChangeNotesTest {
    private static final String SOURCE = "content/pl/notatki-testowe.md";
    private static final String TRANSLATION = "content/en/notes-test.md";
    private static final String XLIFF = "target/xliff/notes-fixture.pl-en.xlf";
    private static final String CHANGED = "Changed in the pl source since this translation was made";

    @TempDir
    Path project;

    /** The tests' fixture project with the page, its English translation stamped current; in git if {@code git}. */
    private void projectWithThePage(boolean git) throws Exception {
        XliffFixture.fixtureProject(project);
        Files.writeString(project.resolve(SOURCE), """
                title=Notatki testowe
                date=2026-11-25
                type=post
                status=published
                translationKey=notes-fixture
                author=redakcja
                summary=Strona, na której test zmienia tytuł, opis, akapit, nagłówek i sekcję.
                tags=test
                ~~~~~~

                Akapit, którego test nie zmienia.

                ## Bez śledzenia

                Nasze strony nie używają plików cookie ani żadnych narzędzi śledzących.

                ## Powody w akapitach {#reasons}

                Płać w terminie – najlepiej od razu w umowie.

                Przypomnienie przychodzi dopiero po co najmniej dwóch przypomnieniach albo wcale.
                """);
        Files.writeString(project.resolve(TRANSLATION), """
                title=Test notes
                date=2026-11-25
                type=post
                status=published
                translationKey=notes-fixture
                author=redakcja
                summary=A page on which the test changes the title, the summary, a paragraph, a heading and a section.
                tags=test
                ~~~~~~

                A paragraph the test does not change.

                ## No tracking

                Our pages don't use cookies or any tracking tools.

                ## Reasons in a list {#reasons}

                - Pay on time – best right in the contract.
                - A reminder comes only after at least two reminders, or never.
                """);
        XliffFixture.Run stamp = XliffFixture.guide(project, "translations", "stamp", TRANSLATION);
        assertEquals(0, stamp.code(), stamp.err());
        if (git) {
            GitProject.init(project);
        }
    }

    /** The page exported after the {@code edits} (pairs of words and what replaces them) to its source. */
    private String exportEdited(String... edits) throws Exception {
        for (int i = 0; i < edits.length; i += 2) {
            GitProject.edit(project.resolve(SOURCE), edits[i], edits[i + 1]);
        }
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", SOURCE, "--to", "en");
        assertEquals(0, export.code(), export.err());
        return XliffFixture.read(project.resolve(XLIFF));
    }

    /** The page exported after ", reklam" was added to the paragraph under "Bez śledzenia" and "i bez reklam" to its heading. */
    private String exportEditedParagraphAndHeading() throws Exception {
        return exportEdited("nie używają plików cookie ani", "nie używają plików cookie, reklam ani",
                "\n## Bez śledzenia\n", "\n## Bez śledzenia i bez reklam\n");
    }

    /** The {@code <trans-unit>} whose source holds {@code words}, as the file has it. */
    private static String unitWith(String xliff, String words) {
        Matcher unit = Pattern.compile("(?s)<trans-unit (?:(?!</trans-unit>).)*</trans-unit>").matcher(xliff);
        while (unit.find()) {
            if (unit.group().contains(words)) {
                return unit.group();
            }
        }
        throw new AssertionError("no unit holds '" + words + "' in:\n" + xliff);
    }

    @Test
    void anEditedParagraphAndHeadingToReviewSayWhichWordsWereAdded() throws Exception {
        projectWithThePage(true);
        String xliff = exportEditedParagraphAndHeading();
        String paragraph = unitWith(xliff, "nie używają plików cookie, reklam ani");
        assertTrue(paragraph.contains("state=\"needs-review-translation\""), paragraph);
        assertTrue(paragraph.contains("<note from=\"guide\">" + CHANGED + " (words removed are marked [-like this-], words added {+like this+}):\n"
                + "~ edited: … nie używają plików cookie{+, reklam+} ani żadnych narzędzi …</note>"), paragraph);
        assertTrue(unitWith(xliff, ">Bez śledzenia i bez reklam<").contains("~ edited: ## Bez śledzenia {+i bez reklam+}</note>"), xliff);
        assertEquals(2, xliff.split(Pattern.quote(CHANGED), -1).length - 1, "only the two units whose source changed tell of a change:\n" + xliff);
        String unchanged = unitWith(xliff, "Akapit, którego test nie zmienia.");
        assertTrue(unchanged.contains("state=\"translated\"") && !unchanged.contains("<note"), unchanged);
    }

    @Test
    void anEditedTitleSummaryAndWholeSectionEachSayWhatChangedInThemAndNothingElse() throws Exception {
        projectWithThePage(true);
        String xliff = exportEdited("title=Notatki testowe\n", "title=Nasze notatki testowe\n", "zmienia tytuł, opis", "zmienia tytuł, streszczenie",
                "najlepiej od razu w umowie.", "najlepiej od razu w umowie, na piśmie.",
                "po co najmniej dwóch przypomnieniach", "po dwóch przypomnieniach");
        assertTrue(unitWith(xliff, "restype=\"x-title\"").contains("\n~ edited: # [-Notatki-]{+Nasze notatki+} testowe</note>"), xliff);
        assertTrue(unitWith(xliff, "restype=\"x-summary\"").contains("\n~ changed the summary: … której test zmienia tytuł, [-opis-]{+streszczenie+},"
                + " akapit, nagłówek i sekcję.</note>"), xliff);
        String section = unitWith(xliff, "{#reasons}");
        assertTrue(section.contains("restype=\"x-section\"") && section.contains("this whole section is one unit"), section);
        assertTrue(section.contains("<note from=\"guide\">" + CHANGED + " (words removed are marked [-like this-], words added {+like this+}):\n"
                + "~ edited: … – najlepiej od razu w umowie{+, na piśmie+}.\n"
                + "~ edited: … przychodzi dopiero po [-co najmniej-] dwóch przypomnieniach albo …</note>"), section);
        assertEquals(3, xliff.split(Pattern.quote(CHANGED), -1).length - 1, "the paragraph and heading under it did not change: " + xliff);
    }

    @Test
    void outsideAGitRepositoryTheNoteSaysSoAndThatTheChangedWordsCannotBeMarked() throws Exception {
        projectWithThePage(false);
        String paragraph = unitWith(exportEditedParagraphAndHeading(), "nie używają plików cookie, reklam ani");
        assertTrue(paragraph.contains("<note from=\"guide\">" + CHANGED + ":\n~ edited: Nasze strony nie używają plików cookie, reklam ani"), paragraph);
        assertTrue(paragraph.contains("\n(edited text shown as it is now, from the beginning: the project is not a git repository, so its earlier"
                + " version is not known and the changes cannot be marked)</note>"), paragraph);
        assertFalse(paragraph.contains("{+"), paragraph);
    }

    @Test
    void theImportIgnoresNotesEvenOnesATranslatorEdited() throws Exception {
        // A guard: the import never read notes; this holds it to that now that units to review carry one.
        projectWithThePage(true);
        Path file = project.resolve(XLIFF);
        String xliff = exportEditedParagraphAndHeading();
        String paragraph = unitWith(xliff, "nie używają plików cookie, reklam ani");
        String translated = paragraph.replace("state=\"needs-review-translation\">Our pages don't use cookies or",
                        "state=\"translated\">Our pages don't use cookies, ads or")
                .replaceFirst("(?s)<note from=\"guide\">.*</note>",
                        "<note from=\"guide\">Done: ads &amp; cookies &lt;both&gt; covered.</note><note from=\"translator\">Checked with the client.</note>");
        String heading = unitWith(xliff, ">Bez śledzenia i bez reklam<");
        XliffFixture.write(file, xliff.replace(paragraph, translated).replace(heading, heading
                .replace("state=\"needs-review-translation\">No tracking<", "state=\"translated\">No tracking, no ads<")
                .replaceFirst("(?s)<note from=\"guide\">.*</note>", "")));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        String english = XliffFixture.read(project.resolve(TRANSLATION));
        assertTrue(english.contains("Our pages don't use cookies, ads or any tracking tools.") && english.contains("## No tracking, no ads"), english);
        assertTrue(imported.out().contains("stamped current with its source"), imported.out());
    }
}
