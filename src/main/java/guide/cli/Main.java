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
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
