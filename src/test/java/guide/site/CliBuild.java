package guide.site;

import guide.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code ./guide build} run in-process, as editors run it: its exit code and what it printed on stderr.
 *
 * @param exitCode 0 for a complete, correct site
 * @param err      the problems, one {@code path:line: message} per line
 */
public record CliBuild(int exitCode, String err) {

    /** Builds {@code project}; {@code options} are added to the command line (e.g. {@code --output dir}). */
    public static CliBuild run(Path project, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "build";
        args[1] = "--project";
        args[2] = project.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine(Path.of("").toAbsolutePath(), args).execute(args);
            return new CliBuild(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
