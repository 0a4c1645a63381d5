package guide.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the project is and where the site goes. */
final class ProjectOptions {
    @Option(names = "--project", description = "Project folder (default: current folder).", defaultValue = ".")
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
