package guide.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command answers {@code --help} with its usage, as editors expect of a command line. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "daemon", "translations", "translations stamp", "translate"})
    void everyCommandExplainsItselfOnHelp(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] args = (command + " --help").split(" ");

        int code = cmd.execute(args);

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: guide " + command + " "), out.toString());
    }
}
