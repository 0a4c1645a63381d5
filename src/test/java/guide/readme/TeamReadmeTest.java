package guide.readme;

import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import guide.translation.GitProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Working together in git", its steps taken in a git repository made of a copy of the real project: three branches
 * merged and the translations report after them, a merge conflict and the build that refuses it, and the annotation a
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
        ProjectFiles.edit(project, PL_ABOUT, s -> {
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

    /** The README's way to show a whole conflict in an article, an indented block, builds; the same lines fenced do not. */
    @Test
    void aWholeConflictShownIndentedBuildsAndFencedDoesNot() throws Exception {
        ProjectFixture.copyRealProject(project);
        List<String> example = README.block(3).lines();
        String indentedText = String.join("\n", example);
        String fencedText = "```\n" + String.join("\n", example.stream().filter(l -> l.startsWith("    ")).map(l -> l.substring(4)).toList()) + "\n```";
        ProjectFiles.edit(project, PL_ABOUT, s -> s + "\n" + indentedText + "\n");
        GuideRun indented = GuideRun.run(project, "build");
        assertEquals(0, indented.exitCode(), indented.err());
        ProjectFiles.edit(project, PL_ABOUT, s -> s.replace(indentedText, fencedText));
        GuideRun fenced = GuideRun.run(project, "build");
        assertEquals(1, fenced.exitCode(), fenced.err());
        assertEquals(true, fenced.err().contains("unresolved merge conflict (lines"), fenced.err());
    }

    private static String lines(String line) {
        return line.replaceAll("(o-przewodniku\\.md:|line=)\\d+", "$1N").replaceAll("lines \\d+-\\d+", "lines N-M");
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
