package guide.bench;

import guide.bench.TimedProcess.Run;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs one of the benchmark's commands to its end and says how it went. {@link #TIMED}, the one the
 * benchmark uses, runs a fresh process under {@code /usr/bin/time} ({@link TimedProcess}); tests hand
 * the benchmark's parts one that records what they ran instead.
 */
@FunctionalInterface
interface ProcessRunner {
    /**
     * A fresh process for each command. A {@code ./guide build} is handed to a running
     * {@code ./guide daemon} only when {@code daemonAllowed}: no other build of the benchmark may be
     * (an editor's daemon, say, would turn a cold build into a warm one).
     */
    ProcessRunner TIMED = (command, log, daemonAllowed) -> TimedProcess.exec(command, log, env -> {
        if (daemonAllowed) {
            env.remove("GUIDE_NO_DAEMON");
        } else {
            env.put("GUIDE_NO_DAEMON", "1");
        }
    });

    /**
     * Runs {@code command}, keeping what it printed in {@code log.out}, {@code .err} and {@code .time}.
     *
     * @param daemonAllowed whether {@code ./guide build} may hand the build to a running {@code ./guide daemon}
     */
    Run run(List<String> command, Path log, boolean daemonAllowed) throws Exception;
}
