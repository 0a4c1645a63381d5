package guide.readme;

import guide.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ./guide} command run in-process on a project, as the README types it: its exit code and
 * what it printed on each stream.
 */
record GuideRun(int exitCode, String out, String err) {

    /** Runs {@code ./guide args… --project project}. */
    static GuideRun run(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--project");
        all.add(project.toString());
        String[] typed = all.toArray(String[]::new);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine(Path.of("").toAbsolutePath(), typed).execute(typed);
            return new GuideRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Both streams' lines, standard output first, with the project's folder written as the README writes it. */
    List<String> lines(Path project) {
        List<String> lines = new ArrayList<>();
        for (String text : List.of(out, err)) {
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(line.replace(project + "/", "").stripTrailing());
                }
            }
        }
        return lines;
    }
}
