package guide.cli;

import guide.site.GuideCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command answers {@code --help} with its usage, as editors expect of a command line; asked
 * as {@code ./guide} asks it (the command line made for the arguments typed, see
 * {@link Main#commandLine(Path, String...)}), and as the build daemon does (every command made).
 */
class HelpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine cmd, String... args) {
        return cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private int typed(String line) {
        String[] args = line.split(" ");
        return run(Main.commandLine(Path.of("").toAbsolutePath(), args), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "publish", "daemon", "translations", "translations stamp", "translate"})
    void everyCommandExplainsItselfOnHelp(String command) {
        int code = typed(command + " --help");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: guide " + command + " "), out.toString());
    }

    /** picocli wraps descriptions at 80 columns, where a dot in a path can be taken for a place to break it. */
    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "publish", "daemon", "translations", "translations stamp", "translations export",
        "translations import", "translate"})
    void noExampleIsBrokenAcrossLines(String command) {
        assertEquals(0, typed(command + " --help"), err.toString());
        List<String> lines = out.toString().lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            // content/pl/o-przewodniku. | md, site. | publish.confirmDeletionsAbove: a file name or a key broken at its dot
            boolean brokenName = lines.get(i).matches(".*[\\w/-]\\.") && !lines.get(i).endsWith("e.g.")
                    && lines.get(i + 1).strip().matches("(md|xlf|yaml|properties|[a-z]+\\.\\S+)(\\s.*)?");
            assertTrue(!brokenName, "a name broken at its dot in:\n" + out);
        }
    }

    /** An option's value is shown by what it is (DIR, N), never by picocli's default, the field's name ("--project=<project>"). */
    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "publish", "daemon", "translations", "translations stamp", "translations export",
        "translations import", "translate"})
    void everyValueIsNamedByWhatItIs(String command) {
        assertEquals(0, typed(command + " --help"), err.toString());
        assertTrue(!out.toString().matches("(?s).*=<\\w+>.*"), "a field's name for a value in:\n" + out);
    }

    /** A new page's file name is its address, but for a home or not-found page, whose type gives its address (/en/, /en/404.html). */
    @ParameterizedTest
    @ValueSource(strings = {"translate", "translations import"})
    void theNameIsTheAddressButForAHomeOrNotFoundPage(String command) {
        assertEquals(0, typed(command + " --help"), err.toString());
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains(command.equals("translate")
                ? "how-to-price-a-project. It is the page's address, so write it in that language (a home or not-found page's address comes"
                        + " from its type instead)."
                : "how-to-price-a-project: it is the page's address. A new home or not-found page needs none: its address comes from its type."),
                help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "translations stamp"})
    void theDaemonsCommandLineExplainsEveryCommandToo(String command) {
        int code = run(Main.commandLine(Path.of("").toAbsolutePath()), (command + " --help").split(" "));

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: guide " + command + " "), out.toString());
    }

    /** The help names the command as the editor typed it ({@code ../guide} in {@code content/}), as every hint does. */
    @Test
    void theHelpNamesTheCommandAsTyped() {
        assertEquals(0, GuideCommand.typedAs("../guide", () -> typed("daemon --help")), err.toString());
        String daemon = out.toString().replaceAll("\\s+", " ");
        assertTrue(daemon.contains("Keep a warm builder running, which ../guide build hands its builds to."), daemon);
        assertTrue(daemon.contains("Runs until Ctrl+C or ../guide daemon --stop. GUIDE_NO_DAEMON=1 ../guide build builds without it."), daemon);
        out.getBuffer().setLength(0);
        assertEquals(0, GuideCommand.typedAs("../guide", () -> typed("translations import --help")), err.toString());
        String importHelp = out.toString().replaceAll("\\s+", " ");
        assertTrue(importHelp.contains("XLIFF files written by ../guide translations export and filled in by a CAT tool"), importHelp);
        out.getBuffer().setLength(0);
        assertEquals(0, typed("daemon --help"), err.toString());
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("Runs until Ctrl+C or ./guide daemon --stop."), "without the script: " + out);
    }

    /**
     * The default of {@code --project} in words that read whatever the command was: "the folder of bash guide" did not, typed
     * as {@code bash guide}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"./guide", "../guide", "bash guide", "bash '/tmp/my site/guide'"})
    void theProjectsDefaultIsTheScriptsFolderInWords(String command) {
        assertEquals(0, GuideCommand.typedAs(command, () -> typed("build --help")), err.toString());
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--project=DIR Project folder (default: the folder the guide script is in)."), help);
    }

    /**
     * Picocli runs help texts through {@link String#format}: a {@code %} in the command's path ({@code My%20Site}) printed
     * "[picocli WARN] Could not format" on standard error and a raw {@code %n} in the help.
     */
    @Test
    void aPercentSignInTheCommandIsPrintedAsTyped() {
        PrintStream before = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        int code;
        System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
        try {
            code = GuideCommand.typedAs("/tmp/My%20Site/guide", () -> typed("daemon --help"));
        } finally {
            System.setErr(before);
        }
        assertEquals(0, code, err.toString());
        assertEquals("", traced.toString(StandardCharsets.UTF_8), "picocli's warnings");
        String daemon = out.toString().replaceAll("\\s+", " ");
        assertTrue(daemon.contains("Runs until Ctrl+C or /tmp/My%20Site/guide daemon --stop. GUIDE_NO_DAEMON=1 /tmp/My%20Site/guide build"
                + " builds without it."), daemon);
        assertTrue(!daemon.contains("%n"), daemon);
    }

    @Test
    void helpListsEveryCommand() {
        int code = typed("--help");

        assertEquals(0, code, err.toString());
        for (String command : new String[] {"build", "serve", "publish", "translations", "translate", "daemon", "help"}) {
            assertTrue(out.toString().contains("\n  " + command + " "), "no " + command + " in:\n" + out);
        }
    }

    @Test
    void theCommandAloneShowsTheUsageWithEveryCommand() {
        int code = run(Main.commandLine(Path.of("").toAbsolutePath(), new String[0]));

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: guide [-hV] [COMMAND]"), out.toString());
        assertTrue(out.toString().contains("\n  build "), out.toString());
    }

    @Test
    void helpOfACommandNamedAfterHelpShowsThatCommand() {
        int code = typed("help publish");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: guide publish "), out.toString());
    }

    @Test
    void everyCommandTellsTheVersion() {
        assertEquals(0, typed("build --version"), err.toString());
        assertEquals("guide 1.0", out.toString().strip());
    }

    @Test
    void aMistypedCommandGetsTheNearestName() {
        int code = typed("buidl --project x");

        assertEquals(2, code);
        assertTrue(err.toString().contains("Did you mean: guide build?"), err.toString());
    }
}
