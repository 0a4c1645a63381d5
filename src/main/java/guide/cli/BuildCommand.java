package guide.cli;

import guide.build.BuildReport;
import guide.build.OutputFolder;
import guide.build.SiteBuilder;
import guide.site.BuildFailure;
import guide.site.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./guide build}: builds the whole site; exit 0 only when it is complete and correct. */
@Command(name = "build", description = "Build the whole site into target/site.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Mixin
    SiteOutputOption site;

    @Option(names = GitHubAnnotations.OPTION, hidden = true, description = "Also print problems and warnings as GitHub Actions annotations"
            + " (given when GITHUB_ACTIONS=true).")
    boolean githubAnnotations;

    @Override
    public Integer call() {
        options.noteIfElsewhere("building", "build");
        Path output = site.outputDir(options);
        boolean hadSite = OutputFolder.writtenByABuild(output); // a folder the build refused is not "the previous site"
        try {
            BuildReport report = new SiteBuilder(options.projectDir()).build(output);
            System.out.print(report.summary(options.typedIn));
            annotate(List.of(), report.warnings());
            return 0;
        } catch (BuildFailure failure) {
            failure.print(System.err);
            annotate(failure.problems(), failure.warnings());
            System.err.println("Build failed: " + Problem.count(failure.problems().size()) + "; " + (hadSite ? "the previous site was left as it was."
                    : "nothing was written into " + shown(output) + "."));
            return 1;
        } catch (IOException | RuntimeException e) {
            // Not the editor's fault: say what happened; the previous site is untouched either way.
            System.err.println("error: the build stopped unexpectedly: " + e);
            System.err.println("The previous site was left as it was. Please report this with the command you ran.");
            return 1;
        }
    }

    private void annotate(List<Problem> problems, List<String> warnings) {
        if (githubAnnotations) {
            new GitHubAnnotations(System.getenv(), options.projectDir()).print(problems, warnings, System.err);
        }
    }

    private String shown(Path output) {
        Path cwd = options.typedIn.toAbsolutePath();
        return output.startsWith(cwd) ? cwd.relativize(output).toString() : output.toString();
    }
}
