package guide.cli;

import guide.site.CliBuild;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** In GitHub Actions, a build's problems are also annotations GitHub shows on the pull request at their file and line. */
class GitHubAnnotationsTest {
    @TempDir
    Path project;

    @Test
    void aFailedBuildInGitHubActionsAnnotatesEachProblemAtItsLineAfterThePlainLine() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "content/en/about.md", s -> s.replaceFirst("date=2026-01-01", "date=2026-11-31"));
        int line = ProjectFiles.lineOf(project, "content/en/about.md", "date=");
        CliBuild result = CliBuild.run(project, "--github-annotations");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("content/en/about.md:" + line + ": date '2026-11-31' is not a real date: November 2026 has 30 days",
                "::error file=content/en/about.md,line=" + line + "::date '2026-11-31' is not a real date: November 2026 has 30 days",
                "Build failed: 1 problem; nothing was written into " + project.resolve("target/site") + "."), result.err().lines().toList());
    }

    @Test
    void onlyABuildInGitHubActionsIsAnnotated() {
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true");
        assertArrayEquals(new String[] {"build", "--github-annotations", "--project", "x"},
                GitHubAnnotations.forBuild(new String[] {"build", "--project", "x"}, github));
        assertArrayEquals(new String[] {"build"}, GitHubAnnotations.forBuild(new String[] {"build"}, Map.of()));
        assertArrayEquals(new String[] {"translations"}, GitHubAnnotations.forBuild(new String[] {"translations"}, github));
    }

    @Test
    void aPathAndAMessageAreEscapedAsGitHubReadsThem() {
        var out = new java.io.ByteArrayOutputStream();
        new GitHubAnnotations(Map.of("GITHUB_WORKSPACE", project.getParent().toString()), project)
                .print(List.of(), List.of("content/pl/a,b.md:3: warning: 100% sure\nnot"), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("::warning file=" + project.getFileName() + "/content/pl/a%2Cb.md,line=3::100%25 sure%0Anot\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
