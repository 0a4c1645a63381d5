package guide.translation;

import guide.cli.Main;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ./guide translations after a sentence is added at the end of a long paragraph: the report shows
 * the sentence (the paragraph's old text from git), not the paragraph's start, and says plainly why
 * when git does not have the stamped version: no repository, no git, or a version never committed.
 */
class EditedBlockReportTest {
    static final String PARAGRAPH_END = "Często to po prostu brak wiedzy.";
    static final String ADDED = " Nowe zdanie dodane na końcu.";

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md");
    }

    private String report() throws Exception {
        return ReportPrinter.table(TranslationReport.of(SiteContent.load(project)));
    }

    @Test
    void aSentenceAddedAtTheEndIsShownWithTheWordsBeforeIt() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);

        String report = report();
        assertTrue(report.contains("""
                content/en/5-signs-its-time-to-fire-a-client.md: outdated, the source has changed since the stamp (content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md)
                    ~ edited: … to po prostu brak wiedzy. {+Nowe zdanie dodane na końcu.+}
                    after review: ./guide translations stamp content/en/5-signs-its-time-to-fire-a-client.md
                """), report);
    }

    /** The stamped version need not be the last commit: the source may have been edited and committed since. */
    @Test
    void theStampedVersionIsFoundInAnEarlierCommitAndEveryEditSinceIsMarked() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.edit(source(), "Nie każdy to rozumie.", "Nie każdy klient to rozumie.");
        GitProject.commitAll(project, "an edit after the stamp");
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);

        String report = report();
        assertTrue(report.contains("    ~ edited: … maile, telefony. Nie każdy {+klient+} to rozumie. Ktoś, kto nigdy … to po prostu brak wiedzy."
                + " {+Nowe zdanie dodane na końcu.+}\n"), report);
    }

    @Test
    void withoutAGitRepositoryTheBlockIsShownFromItsStartAndTheReportSaysSo() throws Exception {
        ProjectFixture.copyRealProject(project); // no git repository
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);

        String report = guide("translations");
        assertTrue(report.contains("""
                    ~ edited: Za twoją stawką stoją lata nauki, doświadczenie, sprzęt, licencje na op…
                    (edited text shown as it is now, from the beginning: the project is not a git repository, so its earlier version \
                is not known and the changes cannot be marked)
                    after review: ./guide translations stamp content/en/5-signs-its-time-to-fire-a-client.md
                """), report);
        assertFalse(report.contains("{+"), report);
    }

    /** In a git repository, a stamped version the history lacks was stamped and edited again without a commit between. */
    @Test
    void aStampedVersionThatWasNeverCommittedIsSaidToBeNotCommitted() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);
        guide("translations", "stamp", "content/en/5-signs-its-time-to-fire-a-client.md");
        GitProject.edit(source(), ADDED, ADDED + " I jeszcze jedno.");

        String report = guide("translations");
        assertTrue(report.contains("""
                    ~ edited: Za twoją stawką stoją lata nauki, doświadczenie, sprzęt, licencje na op…
                    (edited text shown as it is now, from the beginning: its earlier version was never committed to git (or only on \
                a branch merged with squash or rebase and deleted since), so the changes cannot be marked)
                """), report);
    }

    /**
     * A translator stamps on their branch, after the source's editor added a sentence there; the branch is merged with
     * "squash" after another editor's change, so no commit of the merged branch has the stamped version: it is found on
     * the translator's branch, and the other editor's change is marked.
     */
    @Test
    void aStampedVersionOnABranchMergedWithSquashIsFoundThere() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        GitProject.git(project, "checkout", "-q", "-b", "translation");
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);
        guide("translations", "stamp", "content/en/5-signs-its-time-to-fire-a-client.md");
        GitProject.commitAll(project, "Add a sentence, and stamp the translation");
        GitProject.git(project, "checkout", "-q", "-");
        GitProject.edit(source(), "(i jak to zrobić)", "(i jak to dobrze zrobić)");
        GitProject.commitAll(project, "Another editor's change");
        GitProject.git(project, "merge", "-q", "--squash", "translation");
        GitProject.commitAll(project, "Squash the translation branch");

        String report = guide("translations");
        assertTrue(report.contains("    ~ edited: … się z klientem (i jak to {+dobrze+} zrobić)\n"), report);
        assertFalse(report.contains("edited text shown as it is now"), report);
    }

    @Test
    void withoutGitInstalledTheReportSaysSo() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.edit(source(), PARAGRAPH_END, PARAGRAPH_END + ADDED);

        String report = ReportPrinter.table(TranslationReport.of(SiteContent.load(project)), AboutPageName.NONE,
                GitHistory.of(project, "git-that-is-not-installed"));
        assertTrue(report.contains("    (edited text shown as it is now, from the beginning: git is not installed, so its earlier version is not known"
                + " and the changes cannot be marked)\n"), report);
    }

    /** What {@code ./guide ARGS} prints on this project; it must succeed. */
    private String guide(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String[] typed = Stream.concat(Stream.of(args), Stream.of("--project", project.toString())).toArray(String[]::new);
            assertEquals(0, Main.commandLine(project, typed).execute(typed));
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
