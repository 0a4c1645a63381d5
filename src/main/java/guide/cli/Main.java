package guide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.TimeZone;

/** {@code ./guide}: the editors' command line. */
@Command(name = "guide", mixinStandardHelpOptions = true, version = "guide 1.0",
        description = "Builds and previews the bilingual guide.",
        subcommands = {BuildCommand.class, ServeCommand.class, TranslationsCommand.class, TranslateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // Dates in the output must not depend on the machine that builds it.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with an error handler that says what went wrong in one line instead of a
     * stack trace (set GUIDE_DEBUG=1 to see the trace).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("GUIDE_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
