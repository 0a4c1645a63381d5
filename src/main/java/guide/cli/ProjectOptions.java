package guide.cli;

import guide.content.SiteContent;
import guide.site.BuildFailure;
import guide.site.MergeConflicts;
import guide.site.Problem;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The option every command shares: where the project is. */
final class ProjectOptions {
    // The default in words, not as the command: "the folder of bash guide" read as nonsense.
    @Option(names = "--project", paramLabel = "DIR", description = "Project folder (default: the folder the guide script is in).")
    Path project;

    /** The folder the command was typed in: the JVM's working folder, or the client's when the build daemon runs it ({@link Main#commandLine(Path)}). */
    Path typedIn = Path.of("");

    Path projectDir() {
        return (project != null ? project : Main.home()).toAbsolutePath().normalize();
    }

    /**
     * The project {@code cwd} is in (the nearest folder up from it with a {@code jbake.properties}), when no --project was
     * given and the command works on another one: an editor who typed {@code path/to/guide serve} in a project of their
     * own, or in one of its folders, gets the folder of {@code ./guide}, and should be told so before they edit files that
     * nothing watches.
     */
    Optional<Path> otherProjectIn(Path cwd) {
        if (project != null) {
            return Optional.empty();
        }
        for (Path dir = cwd.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("jbake.properties"))) {
                return sameFolder(dir, projectDir()) ? Optional.empty() : Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Prints a note when the command works on another project than the one it was typed in ({@link #otherProjectIn}),
     * with the option to type instead, quoted for the shell when the folder's name needs it.
     *
     * @param doing what the command does, as in "previewing"
     * @param verb  the same as a verb, as in "preview"
     */
    void noteIfElsewhere(String doing, String verb) {
        otherProjectIn(typedIn).ifPresent(here -> System.err.println("note: " + doing + " the project in " + projectDir()
                + ", not the one you are in (" + here + "); to " + verb + " that one, add --project " + shellWord(here.toString())));
    }

    /** The word as a POSIX shell reads it back: as it is when it holds nothing the shell would split or expand, else in single quotes. */
    static String shellWord(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-+:,=@%".indexOf(c) >= 0))) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Whether two paths name one folder, a symbolic link on the way to either included (./guide's path keeps them, the JVM's working folder does not). */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return true; // say nothing rather than something wrong
        }
    }

    /**
     * The project's content, or empty after printing why it could not be read (configuration problems) or should not be
     * worked on: merge conflicts git left in pages or authors, whose pages would be missing from a report, from a stamp
     * (a translation with a conflicted source would be called orphaned), an export or an import.
     */
    Optional<SiteContent> content() {
        noteIfElsewhere("working on", "work on");
        try {
            SiteContent content = SiteContent.load(projectDir());
            List<Problem> conflicts = MergeConflicts.among(content.problems());
            if (!conflicts.isEmpty()) {
                conflicts.forEach(System.err::println);
                System.err.println("Nothing done: resolve the merge conflicts above first (" + Problem.count(conflicts.size()) + ").");
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (BuildFailure failure) {
            failure.problems().forEach(System.err::println);
            System.err.println("Nothing done: fix what is said above first (" + Problem.count(failure.problems().size()) + ").");
            return Optional.empty();
        }
    }
}
