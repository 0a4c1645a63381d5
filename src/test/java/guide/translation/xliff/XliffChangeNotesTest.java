package guide.translation.xliff;

import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit exported to review because its source changed since the translation's stamp carries a note saying what changed, as
 * ./guide translations lists it (an edited paragraph by the words that changed, its old text from git), so that a translator
 * sees it in the CAT tool beside the unit; units whose source did not change carry none. The import ignores notes.
 */
class XliffChangeNotesTest {
    private static final String ABOUT = "content/pl/o-przewodniku.md";
    private static final String ARTICLE = "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md";
    private static final String CHANGED = "Changed in the pl source since this translation was made";

    @TempDir
    Path project;

    /** The about page exported after ", reklam" was added to the paragraph under "Bez śledzenia" and "i bez reklam" to its heading. */
    private String exportEditedAbout() throws Exception {
        GitProject.edit(project.resolve(ABOUT), "nie używają plików cookie ani", "nie używają plików cookie, reklam ani");
        GitProject.edit(project.resolve(ABOUT), "\n## Bez śledzenia\n", "\n## Bez śledzenia i bez reklam\n");
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", ABOUT, "--to", "en");
        assertEquals(0, export.code(), export.err());
        return XliffFixture.read(project.resolve("target/xliff/about.pl-en.xlf"));
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
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        String xliff = exportEditedAbout();
        String paragraph = unitWith(xliff, "nie używają plików cookie, reklam ani");
        assertTrue(paragraph.contains("state=\"needs-review-translation\""), paragraph);
        assertTrue(paragraph.contains("<note from=\"guide\">" + CHANGED + " (words removed are marked [-like this-], words added {+like this+}):\n"
                + "~ edited: … nie używają plików cookie{+, reklam+} ani żadnych narzędzi …</note>"), paragraph);
        assertTrue(unitWith(xliff, ">Bez śledzenia i bez reklam<").contains("~ edited: ## Bez śledzenia {+i bez reklam+}</note>"), xliff);
        assertEquals(2, xliff.split(Pattern.quote(CHANGED), -1).length - 1, "only the two units whose source changed tell of a change:\n" + xliff);
        String unchanged = unitWith(xliff, "Niektóre linki w naszych artykułach to linki afiliacyjne");
        assertTrue(unchanged.contains("state=\"translated\"") && !unchanged.contains("<note"), unchanged);
    }

    @Test
    void anEditedTitleAndSummaryEachSayWhatChangedInThemAndNothingElse() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.edit(project.resolve(ABOUT), "title=O przewodniku\n", "title=O naszym przewodniku\n");
        GitProject.edit(project.resolve(ABOUT), "kto go tworzy", "kto go pisze");
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", ABOUT, "--to", "en");
        assertEquals(0, export.code(), export.err());
        String xliff = XliffFixture.read(project.resolve("target/xliff/about.pl-en.xlf"));
        assertTrue(unitWith(xliff, "restype=\"x-title\"").contains("\n~ edited: # O {+naszym+} przewodniku</note>"), xliff);
        assertTrue(unitWith(xliff, "restype=\"x-summary\"").contains("\n~ changed the summary: … dla kogo powstaje, kto go [-tworzy-]{+pisze+} i z czego"
                + " się utrzymuje. Bez …</note>"), xliff);
        assertEquals(2, xliff.split(Pattern.quote(CHANGED), -1).length - 1, "the body did not change: " + xliff);
    }

    @Test
    void outsideAGitRepositoryTheNoteSaysSoAndThatTheChangedWordsCannotBeMarked() throws Exception {
        ProjectFixture.copyRealProject(project); // no git repository
        String paragraph = unitWith(exportEditedAbout(), "nie używają plików cookie, reklam ani");
        assertTrue(paragraph.contains("<note from=\"guide\">" + CHANGED + ":\n~ edited: Nasze strony nie używają plików cookie, reklam ani"), paragraph);
        assertTrue(paragraph.contains("\n(edited text shown as it is now, from the beginning: the project is not a git repository, so its earlier"
                + " version is not known and the changes cannot be marked)</note>"), paragraph);
        assertFalse(paragraph.contains("{+"), paragraph);
    }

    @Test
    void aWholeSectionToReviewListsEachChangeInItBesideItsOwnNote() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.edit(project.resolve(ARTICLE), "najlepiej od razu w umowie.", "najlepiej od razu w umowie, na piśmie.");
        GitProject.edit(project.resolve(ARTICLE), "po co najmniej dwóch przypomnieniach", "po dwóch przypomnieniach");
        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", ARTICLE, "--to", "en");
        assertEquals(0, export.code(), export.err());
        String section = unitWith(XliffFixture.read(project.resolve("target/xliff/fire-bad-client.pl-en.xlf")), "{#late-payments}");
        assertTrue(section.contains("restype=\"x-section\"") && section.contains("this whole section is one unit"), section);
        assertTrue(section.contains("<note from=\"guide\">" + CHANGED + " (words removed are marked [-like this-], words added {+like this+}):\n"
                + "~ edited: … przychodzi dopiero po [-co najmniej-] dwóch przypomnieniach albo …\n"
                + "~ edited: … – najlepiej od razu w umowie{+, na piśmie+}.</note>"), section);
    }

    @Test
    void theImportIgnoresNotesEvenOnesATranslatorEdited() throws Exception {
        // A guard: the import never read notes; this holds it to that now that units to review carry one.
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        Path file = project.resolve("target/xliff/about.pl-en.xlf");
        String xliff = exportEditedAbout();
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
        String english = XliffFixture.read(project.resolve("content/en/about.md"));
        assertTrue(english.contains("Our pages don't use cookies, ads or any tracking tools.") && english.contains("## No tracking, no ads"), english);
        assertTrue(imported.out().contains("stamped current with its source"), imported.out());
    }
}
