package guide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** {@code ./guide}: the editors' command line. */
@Command(name = "guide", mixinStandardHelpOptions = true, version = "guide 1.0",
        description = "Builds and previews the bilingual guide.",
        subcommands = {BuildCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // Dates in the output must not depend on the machine that builds it.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        quietLibraryLogging();
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /**
     * OrientDB (inside JBake) and Freemarker log to java.util.logging by default, which would print
     * start-up chatter and stack traces on every build. Freemarker goes through SLF4J instead (its
     * errors reach the build as problems), and java.util.logging is switched off.
     */
    static void quietLibraryLogging() {
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
