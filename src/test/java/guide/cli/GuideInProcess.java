package guide.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ./guide} command run in this JVM as an editor types it: its exit code and what it printed on each stream. The
 * one place the tests swap {@code System.out} and {@code System.err} to run {@link Main}; the README, publishing and
 * translation tests wrap it in records of their own.
 *
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record GuideInProcess(int exitCode, String out, String err) {

    /** Runs {@code ./guide typed…} from the folder the tests run in. */
    public static GuideInProcess run(String... typed) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed);
            return new GuideInProcess(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Runs {@code ./guide args… --project project}. */
    public static GuideInProcess inProject(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--project");
        all.add(project.toString());
        return run(all.toArray(String[]::new));
    }
}
