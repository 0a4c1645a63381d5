package guide.cli;

import guide.daemon.BuildDaemon;
import guide.daemon.DaemonClient;
import guide.site.GuideCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./guide daemon}: keeps a warm JVM that {@code ./guide build} hands its builds to. */
@Command(name = "daemon", description = {
        "Keep a warm builder running, which " + GuideCommand.IN_HELP + " build hands its builds to.",
        "%nSkips the JVM's start-up and warm-up (about a second) of every build; each build is still a whole, fresh build."
                + " Runs until Ctrl+C or " + GuideCommand.IN_HELP + " daemon --stop. GUIDE_NO_DAEMON=1 " + GuideCommand.IN_HELP
                + " build builds without it."})
final class DaemonCommand implements Callable<Integer> {
    @Option(names = "--stop", description = "Stop the running daemon (after the build under way, if any).")
    boolean stop;

    @Override
    public Integer call() throws Exception {
        if (stop) {
            Optional<Long> stopped = DaemonClient.stop(Main.home());
            System.out.println(stopped.map(pid -> "Stopped the build daemon (pid " + pid + ").").orElse("No build daemon was running."));
            return 0;
        }
        BuildDaemon daemon = new BuildDaemon(Main.home(), (cwd, args) -> Main.commandLine(cwd).execute(args));
        try {
            daemon.start();
        } catch (IllegalStateException running) {
            System.err.println("error: " + running.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(daemon::stop));
        System.out.println("Build daemon ready (pid " + ProcessHandle.current().pid() + "): " + GuideCommand.name() + " build now hands its builds"
                + " to this process. Ctrl+C or " + GuideCommand.name() + " daemon --stop to stop.");
        daemon.serve();
        System.out.println("Build daemon stopped.");
        return 0;
    }
}
