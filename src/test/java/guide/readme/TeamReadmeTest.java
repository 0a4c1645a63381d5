package guide.readme;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Working together in git", its steps taken in a git repository made of a copy of the real project: three branches
 * merged and the translations report after them, two branches' XLIFF imports merged and the report's advice on their
 * conflict, a merge conflict and the build that refuses it, and the annotation a
 * build on GitHub Actions adds (with the option that {@code GITHUB_ACTIONS=true} gives the build, as a test cannot set
 * the variable). The line numbers of the conflict depend on the about page's text above it, so they are masked. Not
 * tested: the workflow file, which runs on GitHub.
 */
class TeamReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("Working together in git");
    private static final String PL_ABOUT = "content/pl/o-przewodniku.md";

    @TempDir
    Path project;

    @Test
    void theReportAfterThreeBranchesAreMergedListsWhatTheStampDoesNotCover() throws Exception {
        ProjectFixture.copyRealProject(project);
        GitProject.init(project);
        branch("anna/sentence", () -> GitProject.edit(project.resolve(PL_ABOUT), "Dla każdego, kto sam wycenia", "Dla każdego, kto samodzielnie wycenia"));
        merge("anna/sentence");
        branch("tomek/title", () -> {
            GitProject.edit(project.resolve(PL_ABOUT), "title=O przewodniku", "title=O Przewodniku freelancera");
            GitProject.edit(project.resolve(PL_ABOUT), "kto go tworzy", "kto go pisze");
        });
        branch("translator/about", () -> assertEquals(0, GuideRun.run(project, "translations", "stamp", "content/en/about.md").exitCode()));
        merge("tomek/title");
        merge("translator/about");
        ReadmeSection.Block block = README.block(0);
        QuotedOutput.inOrder(block, block.outputOf(1), GuideRun.run(project, "translations").lines(project), line -> line,
                "./guide translations after the three branches are merged");
    }

    @Test
    void aConflictGitLeftStopsTheBuildAndIsAnnotatedOnGitHub() throws Exception {
        ProjectFixture.copyRealProject(project);
        assertEquals(0, GuideRun.run(project, "build").exitCode(), "the real project builds before the merge");
        String sentence = "Piszemy o sprawach, o których rzadko mówi się na kursach";
        ProjectFiles.save(project, PL_ABOUT, s -> {
            int start = s.lastIndexOf('\n', s.indexOf(sentence)) + 1;
            int end = s.indexOf('\n', start);
            String line = s.substring(start, end);
            return s.substring(0, start) + "<<<<<<< HEAD\n" + line.replace(sentence, "Piszemy o tym, o czym rzadko mówi się na kursach")
                    + "\n=======\n" + line.replace(sentence, "Piszemy o sprawach, które kursy zwykle pomijają") + "\n>>>>>>> tomek/intro"
                    + s.substring(end);
        });
        ReadmeSection.Block block = README.block(2);
        QuotedOutput.exactly(block, block.outputOf(1), GuideRun.run(project, "build").lines(project), TeamReadmeTest::lines, "./guide build with the conflict");
        List<String> annotations = GuideRun.run(project, "build", "--github-annotations").lines(project).stream().filter(l -> l.startsWith("::")).toList();
        QuotedOutput.exactly(README.block(4), README.block(4).lines(), annotations, TeamReadmeTest::lines, "the annotation on GitHub Actions");
    }

    /**
     * Two exports of one revision, each imported on a branch of its own, then merged: git stops at the lastImport= lines and at the
     * paragraph they translated differently, and the report names both conflicts, with what to keep of the two lastImport= lines.
     */
    @Test
    void twoImportsOnTwoBranchesConflictAtTheirLastImportLines(@TempDir Path exports) throws Exception {
        ProjectFixture.copyRealProject(project);
        ProjectFiles.save(project, PL_ABOUT, s -> s + "\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n");
        GitProject.init(project);
        Path inHouse = export(exports.resolve("in-house"), "Writing to us? We reply within two working days.");
        Path agency = export(exports.resolve("agency"), "Write to us: we answer within two working days.");
        branch("ag-branch", () -> assertEquals(0, GuideRun.run(project, "translations", "import", agency.toString()).exitCode()));
        assertEquals(0, GuideRun.run(project, "translations", "import", inHouse.toString()).exitCode());
        GitProject.commitAll(project, "in-house");
        assertEquals(1, gitExitCode("-c", "user.name=editor", "-c", "user.email=editor@localhost", "merge", "-q", "--no-edit", "ag-branch"),
                "git stops at the conflicts");

        ReadmeSection.Block block = README.block("$ git merge ag-branch");
        QuotedOutput.exactly(block, block.outputOf(1), GuideRun.run(project, "translations").lines(project), TeamReadmeTest::lines,
                "./guide translations after two branches' XLIFF imports are merged");
    }

    /** The about page exported into {@code folder}, its new paragraph translated as {@code words}: the file, as the translator sends it back. */
    private Path export(Path folder, String words) throws Exception {
        assertEquals(0, GuideRun.run(project, "translations", "export", PL_ABOUT, "--to", "en", "--output", folder.toString()).exitCode());
        Path xliff = folder.resolve("about.pl-en.xlf");
        String empty = "<target xml:lang=\"en\" state=\"needs-translation\"></target>";
        String text = Files.readString(xliff, StandardCharsets.UTF_8);
        assertTrue(text.contains(empty), "the new paragraph is the unit to translate: " + text);
        Files.writeString(xliff, text.replace(empty, "<target xml:lang=\"en\" state=\"translated\">" + words + "</target>"), StandardCharsets.UTF_8);
        return xliff;
    }

    private int gitExitCode(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return git.waitFor();
    }

    /** The README's way to show a whole conflict in an article, an indented block, builds; the same lines fenced do not. */
    @Test
    void aWholeConflictShownIndentedBuildsAndFencedDoesNot() throws Exception {
        ProjectFixture.copyRealProject(project);
        List<String> example = README.block(3).lines();
        String indentedText = String.join("\n", example);
        String fencedText = "```\n" + String.join("\n", example.stream().filter(l -> l.startsWith("    ")).map(l -> l.substring(4)).toList()) + "\n```";
        ProjectFiles.save(project, PL_ABOUT, s -> s + "\n" + indentedText + "\n");
        GuideRun indented = GuideRun.run(project, "build");
        assertEquals(0, indented.exitCode(), indented.err());
        ProjectFiles.save(project, PL_ABOUT, s -> s.replace(indentedText, fencedText));
        GuideRun fenced = GuideRun.run(project, "build");
        assertEquals(1, fenced.exitCode(), fenced.err());
        assertEquals(true, fenced.err().contains("unresolved merge conflict (lines"), fenced.err());
    }

    private static String lines(String line) {
        return line.replaceAll("(o-przewodniku\\.md:|about\\.md:|line=)\\d+", "$1N").replaceAll("lines \\d+-\\d+", "lines N-M");
    }

    private interface Step {
        void take() throws Exception;
    }

    /** {@code step} taken and committed on a new branch {@code name}, made from the branch checked out, which is checked out again after. */
    private void branch(String name, Step step) throws Exception {
        GitProject.git(project, "checkout", "-q", "-b", name);
        step.take();
        GitProject.commitAll(project, name);
        GitProject.git(project, "checkout", "-q", "-");
    }

    private void merge(String name) throws Exception {
        GitProject.git(project, "-c", "user.name=editor", "-c", "user.email=editor@localhost", "merge", "-q", "--no-edit", name);
    }
}
