package guide.publish;

import guide.cli.GuideInProcess;

import java.util.List;

/**
 * A {@code ./guide} command run in-process, as editors run it: exit code and what it printed.
 *
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        GuideInProcess run = GuideInProcess.run(args);
        return new CommandRun(run.exitCode(), run.out(), run.err());
    }

    /** The lines printed on stderr, without blank ones. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
