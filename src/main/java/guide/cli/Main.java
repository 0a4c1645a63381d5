package guide.cli;

import guide.build.StagedOutput;
import guide.daemon.DaemonClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.TimeZone;

/** {@code ./guide}: the editors' command line. */
@Command(name = "guide", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "guide 1.0",
        description = "Builds, previews and publishes the guide, in every language it is configured for.",
        subcommands = {BuildCommand.class, ServeCommand.class, PublishCommand.class, TranslationsCommand.class, TranslateCommand.class,
                DaemonCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // Picocli looks for Groovy's Closure class once, to support Groovy scripts; the guide has
        // none, and the look-up opens every one of the hundred jars on the class path to find
        // nothing (about 60 ms of every command). The switch is picocli's own (4.7.0 release notes).
        System.setProperty("picocli.disable.closures", "true");
        // Dates in the output must not depend on the machine that builds it.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Path cwd = Path.of("").toAbsolutePath();
        // A running ./guide daemon builds without this JVM's start-up cost; checked before the
        // command line is even parsed, so that handing over costs next to nothing.
        OptionalInt handedOver = DaemonClient.enabled()
                ? DaemonClient.handOff(home(), cwd, args, System.out, System.err)
                : OptionalInt.empty();
        int status = handedOver.isPresent() ? handedOver.getAsInt() : commandLine(cwd).execute(args);
        // A build that replaced a whole output deletes the old one in the background; let it finish.
        StagedOutput.awaitDeletions();
        System.exit(status);
    }

    /** The folder of {@code ./guide} (which passes it as {@code -Dguide.home}). */
    static Path home() {
        return Path.of(System.getProperty("guide.home", ".")).toAbsolutePath().normalize();
    }

    /** The command line, with a build's folders taken relative to the JVM's working folder. */
    public static CommandLine commandLine() {
        return commandLine(Path.of("").toAbsolutePath());
    }

    /**
     * The command line as typed in {@code cwd} (the build daemon runs command lines typed in other
     * folders), with an error handler that says what went wrong in one line instead of a stack
     * trace (set GUIDE_DEBUG=1 to see the trace).
     */
    public static CommandLine commandLine(Path cwd) {
        CommandLine cmd = new CommandLine(new Main()).setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("GUIDE_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            return 1;
        });
        // A build's folders as typed in cwd (the other commands take content paths relative to the project too).
        cmd.getSubcommands().get("build").registerConverter(Path.class, value -> cwd.resolve(value).normalize());
        cmd.getSubcommands().get("publish").registerConverter(Path.class, value -> cwd.resolve(value).normalize());
        return cmd;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
