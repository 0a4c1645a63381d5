package guide.readme;

import guide.cli.GuideInProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ./guide} command run in-process on a project, as the README types it: its exit code and
 * what it printed on each stream.
 */
record GuideRun(int exitCode, String out, String err) {

    /** Runs {@code ./guide args… --project project}. */
    static GuideRun run(Path project, String... args) {
        GuideInProcess run = GuideInProcess.inProject(project, args);
        return new GuideRun(run.exitCode(), run.out(), run.err());
    }

    /** Both streams' lines, standard output first, with the project's folder written as the README writes it. */
    List<String> lines(Path project) {
        List<String> lines = new ArrayList<>();
        for (String text : List.of(out, err)) {
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(line.replace(project + "/", "").stripTrailing());
                }
            }
        }
        return lines;
    }
}
