package guide.site;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The command the editor typed to run the builder, as the hints of its messages name it ("once it matches the source:
 * ../guide translations stamp content/en/about.md"). An editor who typed {@code ../guide build} in {@code content/}, or
 * {@code /home/ann/site/guide build} elsewhere, has no {@code ./guide} where they are: a hint must name what they can type
 * again in the same place.
 *
 * <p>The {@code guide} script passes how it was called in the system property {@link #PROPERTY}, already as a word the shell
 * reads back (quoted when the path holds a space or a quote; by its name alone when the shell found it on the PATH; after
 * {@code bash } when the editor has to type that, the script having no executable bit or having been named without a folder,
 * {@code bash guide}). Without
 * it (tests, {@code java -cp … guide.cli.Main}) the name is {@link #DEFAULT}, the project folder's own. A build that the build
 * daemon runs for a client names the client's command, not the daemon's ({@link #typedAs}). Picocli's help texts name it
 * too ({@link #IN_HELP}), through a property of their own ({@link #HELP_PROPERTY}).
 */
public final class GuideCommand {
    /** The system property that holds the command as typed, a shell word. */
    public static final String PROPERTY = "guide.command";
    /** The name when no script gives one: as typed in the project's folder. */
    public static final String DEFAULT = "./guide";
    /**
     * The system property picocli's help texts read: {@link #name()} with each {@code %} doubled. Picocli runs every help
     * text through {@link String#format}, where a path's {@code %} ({@code /tmp/My%20Site/guide}) would be a format
     * specifier; doubled, it prints as typed. Set by {@link #publishForHelp()} and {@link #typedAs}.
     */
    public static final String HELP_PROPERTY = "guide.command.inHelp";
    /** The name in picocli's help texts, which picocli reads from {@link #HELP_PROPERTY} as it prints them. */
    public static final String IN_HELP = "${sys:" + HELP_PROPERTY + ":-" + DEFAULT + "}";

    private GuideCommand() {
    }

    /** The command as the editor typed it, to put before a subcommand in a hint: {@code ./guide}, {@code ../guide}, {@code bash guide}... */
    public static String name() {
        String typed = System.getProperty(PROPERTY);
        return typed == null || typed.isBlank() ? DEFAULT : typed;
    }

    /** Gives picocli's help texts ({@link #IN_HELP}) the command as {@link #name()} names it now: before picocli parses. */
    public static void publishForHelp() {
        System.setProperty(HELP_PROPERTY, name().replace("%", "%%"));
    }

    /**
     * Runs {@code action} with {@link #name()} answering {@code typed}, then gives the name back: for the build daemon, which
     * runs each client's build in its own JVM, one at a time, with that client's output streams and command.
     *
     * @param typed the client's command, as {@link #name()} gave it in the client's JVM
     */
    public static synchronized <T> T typedAs(String typed, Supplier<T> action) {
        Objects.requireNonNull(typed, "typed");
        String before = System.getProperty(PROPERTY);
        String helpBefore = System.getProperty(HELP_PROPERTY);
        System.setProperty(PROPERTY, typed);
        publishForHelp();
        try {
            return action.get();
        } finally {
            restore(PROPERTY, before);
            restore(HELP_PROPERTY, helpBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
