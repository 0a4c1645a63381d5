package guide.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The option of the commands that build the site: where it goes. */
final class SiteOutputOption {
    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: target/site in the project).")
    Path output;

    Path outputDir(ProjectOptions project) {
        return output != null ? output.toAbsolutePath().normalize() : project.projectDir().resolve("target").resolve("site");
    }
}
