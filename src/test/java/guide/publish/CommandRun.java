package guide.publish;

import guide.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code ./guide} command run in-process, as editors run it: exit code and what it printed.
 *
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine(Path.of("").toAbsolutePath(), args).execute(args);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** The lines printed on stderr, without blank ones. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
