package guide.cli;

import guide.site.Problem;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build's problems and warnings as GitHub Actions' workflow commands ({@code ::error file=…,line=…::message}), printed
 * after the usual lines when the build runs there ({@code GITHUB_ACTIONS=true}, which {@link Main} turns into the build's
 * {@code --github-annotations}, so that a build handed over to a running daemon gets it too): GitHub then shows each one on the pull
 * request, at its line of the file in the "Files changed" view, so an editor whose pull request failed sees what to fix
 * where they made the change, not only in the job's log (which keeps the plain {@code path:line: message} lines, as a
 * build prints them anywhere). A file's path is given from the repository's root ({@code GITHUB_WORKSPACE}), where the
 * project may be a folder of the repository.
 */
final class GitHubAnnotations {
    static final String OPTION = "--github-annotations";
    private static final Pattern WARNING = Pattern.compile("([^\\s:][^:]*?)(?::(\\d+))?: (?:warning: )?(.*)", Pattern.DOTALL);

    private final Map<String, String> env;
    private final Path projectDir;

    /** @param env the environment, for {@code GITHUB_WORKSPACE} */
    GitHubAnnotations(Map<String, String> env, Path projectDir) {
        this.env = env;
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** {@code args} with {@code --github-annotations} after {@code build} when {@code env} says the command runs in GitHub Actions. */
    static String[] forBuild(String[] args, Map<String, String> env) {
        if (args.length == 0 || !args[0].equals("build") || !"true".equals(env.get("GITHUB_ACTIONS")) || List.of(args).contains(OPTION)) {
            return args;
        }
        String[] with = new String[args.length + 1];
        with[0] = args[0];
        with[1] = OPTION;
        System.arraycopy(args, 1, with, 2, args.length - 1);
        return with;
    }

    void print(List<Problem> problems, List<String> warnings, PrintStream out) {
        problems.forEach(p -> out.println(command(p.isWarning() ? "warning" : "error", p.file().toString(), p.line(),
                p.message().replaceFirst("^warning: ", ""))));
        for (String warning : warnings) {
            Matcher m = WARNING.matcher(warning);
            if (m.matches()) {
                out.println(command("warning", m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3)));
            } else {
                out.println("::warning::" + data(warning));
            }
        }
    }

    private String command(String kind, String file, int line, String message) {
        return "::" + kind + " file=" + property(fromWorkspace(file)) + (line > 0 ? ",line=" + line : "") + "::" + data(message);
    }

    private String fromWorkspace(String file) {
        String workspace = env.get("GITHUB_WORKSPACE");
        Path path = projectDir.resolve(file).normalize();
        if (workspace != null && !workspace.isBlank()) {
            Path root = Path.of(workspace).toAbsolutePath().normalize();
            if (path.startsWith(root)) {
                return root.relativize(path).toString().replace('\\', '/');
            }
        }
        return file.replace('\\', '/');
    }

    /** A message, escaped as GitHub's toolkit escapes one. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
