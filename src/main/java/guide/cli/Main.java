package guide.cli;

import guide.build.StagedOutput;
import guide.daemon.DaemonClient;
import guide.site.GuideCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.function.Consumer;

/** {@code ./guide}: the editors' command line. */
@Command(name = "guide", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "guide 1.0",
        description = "Builds, previews and publishes the guide, in every language it is configured for.")
public final class Main implements Runnable {
    /** The subcommands, in the order {@code ./guide --help} lists them, by the name each one's {@code @Command} gives. */
    private static final Map<String, Class<?>> SUBCOMMANDS = byName(BuildCommand.class, ServeCommand.class, PublishCommand.class,
            TranslationsCommand.class, TranslateCommand.class, DaemonCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        // Picocli looks for Groovy's Closure class once, to support Groovy scripts; the guide has
        // none, and the look-up opens every one of the hundred jars on the class path to find
        // nothing (about 60 ms of every command). The switch is picocli's own (4.7.0 release notes).
        System.setProperty("picocli.disable.closures", "true");
        // Dates in the output must not depend on the machine that builds it.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Path cwd = Path.of("").toAbsolutePath();
        args = GitHubAnnotations.forBuild(args, System.getenv());
        // A running ./guide daemon builds without this JVM's start-up cost; checked before the
        // command line is even parsed, so that handing over costs next to nothing.
        OptionalInt handedOver = DaemonClient.enabled()
                ? DaemonClient.handOff(home(), cwd, GuideCommand.name(), args, System.out, System.err)
                : OptionalInt.empty();
        // The help names the command as the script says it was typed (a % in its path doubled for picocli's String.format).
        GuideCommand.publishForHelp();
        int status = handedOver.isPresent() ? handedOver.getAsInt() : commandLine(cwd, args).execute(args);
        // A build that replaced a whole output deletes the old one in the background; let it finish.
        StagedOutput.awaitDeletions();
        System.exit(status);
    }

    /** The folder of {@code ./guide} (which passes it as {@code -Dguide.home}). */
    static Path home() {
        return Path.of(System.getProperty("guide.home", ".")).toAbsolutePath().normalize();
    }

    /**
     * The command line as typed in {@code cwd} (the build daemon runs command lines typed in other
     * folders), with an error handler that says what went wrong in one line instead of a stack
     * trace (set GUIDE_DEBUG=1 to see the trace).
     */
    public static CommandLine commandLine(Path cwd) {
        return commandLine(cwd, new String[0]);
    }

    /**
     * Like {@link #commandLine(Path)}, for the arguments {@code typed}: when they start with a
     * subcommand's name, only that subcommand is made. Picocli reads the annotations of every
     * command it is given, about 60 ms of a half-second "nothing changed" build in a fresh JVM; the
     * others are made when the arguments name none of them or {@code help} (the version, a mistyped
     * name, which picocli answers with the list of all).
     */
    public static CommandLine commandLine(Path cwd, String... typed) {
        CommandLine cmd = new CommandLine(new Main());
        Class<?> named = typed.length == 0 ? null : SUBCOMMANDS.get(typed[0]);
        boolean one = named != null && named != CommandLine.HelpCommand.class; // "help build" needs the others
        (one ? List.<Class<?>>of(named) : SUBCOMMANDS.values()).forEach(cmd::addSubcommand);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + ErrorText.of(e));
            if (System.getenv("GUIDE_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            return 1;
        });
        // Every command's project options know where it was typed (in the daemon, not the JVM's working folder).
        withProjectOptions(cmd, options -> options.typedIn = cwd);
        // A build's folders as typed in cwd. The other commands take content paths as SiteContent.resolve reads them:
        // in the project when the path exists there, else in cwd.
        for (String name : List.of("build", "publish")) {
            if (cmd.getSubcommands().containsKey(name)) {
                cmd.getSubcommands().get(name).registerConverter(Path.class, value -> cwd.resolve(value).normalize());
            }
        }
        return cmd;
    }

    private static void withProjectOptions(CommandLine cmd, Consumer<ProjectOptions> action) {
        cmd.getCommandSpec().mixins().values().stream().map(CommandLine.Model.CommandSpec::userObject)
                .filter(ProjectOptions.class::isInstance).map(ProjectOptions.class::cast).forEach(action);
        cmd.getSubcommands().values().forEach(sub -> withProjectOptions(sub, action));
    }

    private static Map<String, Class<?>> byName(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
    }

    /** The command line this command runs in, with the subcommands it was given. */
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code ./guide} without a command: the usage, with the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
