package guide.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The option every command shares: where the project is. */
final class ProjectOptions {
    @Option(names = "--project", description = "Project folder (default: the folder of ./guide).", defaultValue = "${sys:guide.home:-.}")
    Path project;

    Path projectDir() {
        return project.toAbsolutePath().normalize();
    }

    /** The project's content, or empty after printing why it could not be read (configuration problems). */
    java.util.Optional<guide.content.SiteContent> content() {
        try {
            return java.util.Optional.of(guide.content.SiteContent.load(projectDir()));
        } catch (guide.site.BuildFailure failure) {
            BuildCommand.printFailure(failure);
            return java.util.Optional.empty();
        }
    }
}
