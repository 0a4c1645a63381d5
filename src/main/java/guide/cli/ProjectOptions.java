package guide.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the project is and where the site goes. */
final class ProjectOptions {
    @Option(names = "--project", description = "Project folder (default: the folder of ./guide).", defaultValue = "${sys:guide.home:-.}")
    Path project;

    @Option(names = "--output", description = "Output folder (default: target/site in the project).")
    Path output;

    Path projectDir() {
        return project.toAbsolutePath().normalize();
    }

    Path outputDir() {
        return output != null ? output.toAbsolutePath().normalize() : projectDir().resolve("target").resolve("site");
    }
}
