package guide.cli;

import guide.site.GuideCommand;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code guide} script called as an editor types it, in a copy of the project whose folder's name has a space: a hint
 * names the command they can type again where they are ({@code ../guide} in {@code content/}, the whole path, quoted, from
 * elsewhere, {@code guide} when the shell found it on the PATH, {@code bash guide} when the script cannot run by itself or the
 * editor typed that, anywhere while it is on the PATH), on the project the script (or a symbolic link to it) is in, through
 * both of the script's {@code java} lines (a first build records the class-data archive; the
 * other commands {@code exec} the JVM).
 */
class TypedCommandScriptTest {
    private static final String HINT = " translations stamp content/en/about.md";

    @TempDir
    static Path temp;
    private static Path project;
    /** The project as an unzipped download leaves it: {@code ./guide} says "Permission denied", the editor types {@code bash guide}. */
    private static Path unzipped;

    /**
     * The project (the tests' site, with the script) and the builder the script would compile, from the classes under test:
     * a jar of them and Maven's class path, with the script's "compiled" mark newer than the sources, so no Maven runs. The
     * English about page's stamp is one the build and the report both warn of, with the command to stamp it. Beside it, the
     * same project as an unzipped download leaves it: its script is not executable.
     */
    @BeforeAll
    static void projectWithItsBuilder() throws IOException {
        project = projectAt(temp.resolve("my site"));
        Path target = project.resolve("target");
        jarOf(Path.of(GuideCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath()), target.resolve("guide-builder.jar"));
        markCompiled(target);
        unzipped = projectAt(temp.resolve("unzipped site"));
        Files.copy(target.resolve("guide-builder.jar"), unzipped.resolve("target/guide-builder.jar"));
        markCompiled(unzipped.resolve("target"));
        Files.setPosixFilePermissions(unzipped.resolve("guide"), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static Path projectAt(Path folder) throws IOException {
        Path copy = ProjectFixture.copyProject(folder);
        Files.copy(ProjectFixture.projectDir().resolve("guide"), copy.resolve("guide"));
        Files.createDirectories(copy.resolve("src/main"));
        Files.writeString(copy.resolve("pom.xml"), "");
        Path target = Files.createDirectories(copy.resolve("target"));
        Files.copy(ProjectFixture.projectDir().resolve("target/runtime-classpath.txt"), target.resolve("runtime-classpath.txt"));
        Path about = copy.resolve("content/en/about.md");
        String page = Files.readString(about, StandardCharsets.UTF_8);
        assertTrue(page.contains("sourceRevision=pl 92d7c862df0c "), "the fixture's stamp");
        Files.writeString(about, page.replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl 92d7c862dfzz "), StandardCharsets.UTF_8);
        return copy;
    }

    private static void markCompiled(Path target) throws IOException {
        Files.writeString(target.resolve(".guide-compiled"), "");
        Files.setLastModifiedTime(target.resolve(".guide-compiled"), FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void aBuildAndAReportTypedInASubfolderNameTheCommandAsTyped() throws Exception {
        Ran build = typed(project.resolve("content"), "../guide build --output ../out");
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().contains("once it matches the source: ../guide" + HINT + "\n"), build.out());

        Ran report = typed(project.resolve("content"), "../guide translations");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("after review: ../guide" + HINT + "\n"), report.out());
    }

    @Test
    void aWholePathWithASpaceComesQuotedAsTheShellReadsItBack() throws Exception {
        Ran report = typed(temp, "'" + project + "/guide' translations");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("after review: '" + project + "/guide'" + HINT + "\n"), report.out());
    }

    @Test
    void anApostropheInThePathIsQuotedSoThatOldBashesReadItBackToo() throws Exception {
        // The hint is typed back below, as the editor would: bash 4.2 and older (macOS's /bin/bash is 3.2) kept backslashes
        // of a quoted replacement that 4.3 on remove, and printed '…it\'\'\'s…', which no shell reads back.
        Path link = Files.createSymbolicLink(temp.resolve("ann's site"), project);
        String quoted = "'" + (link + "/guide").replace("'", "'\\''") + "'";
        for (String compat : List.of("42", "51")) {
            Ran report = typed(temp, "export BASH_COMPAT=" + compat + "; " + quoted + " translations");
            assertEquals(0, report.exit(), report.err());
            assertTrue(report.out().contains("after review: " + quoted + HINT + "\n"), "BASH_COMPAT=" + compat + ": " + report.out());
        }
    }

    @Test
    void aCommandFoundOnThePathIsNamedAlone() throws Exception {
        Ran report = typed(temp, "PATH='" + project + "':$PATH; guide translations");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("after review: guide" + HINT + "\n"), report.out());
    }

    /**
     * {@code bash guide} typed where there is no {@code guide}: bash finds the script on the PATH. It works on the project the
     * script is in, and its hints say {@code bash guide}, as typed, which works again in any folder while the script is on the
     * PATH (they said {@code guide}, the name alone).
     */
    @Test
    void bashGuideFoundOnThePathWorksOnItsProjectAndIsNamedAsTyped() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        for (Path copy : List.of(project, unzipped)) {
            Ran report = typed(elsewhere, "PATH='" + copy + "':$PATH; bash guide translations");
            assertEquals(0, report.exit(), report.err());
            assertTrue(report.out().contains("after review: bash guide" + HINT + "\n"), copy + ": " + report.out());
        }
    }

    /**
     * The script put on the PATH as a symbolic link in a folder of its own ({@code ~/bin/guide}): it works on the project the
     * link leads to (it looked for its builder in {@code ~/bin} and failed), named as typed.
     */
    @Test
    void aSymbolicLinkOnThePathWorksOnTheProjectItLeadsTo() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        if (!Files.exists(bin.resolve("guide"), LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(bin.resolve("guide"), project.resolve("guide"));
        }
        for (String command : List.of("guide", "bash guide")) {
            Ran report = typed(elsewhere, "PATH='" + bin + "':$PATH; " + command + " translations");
            assertEquals(0, report.exit(), command + ": " + report.err());
            assertTrue(report.out().contains("after review: " + command + HINT + "\n"), command + ": " + report.out());
        }
    }

    /**
     * The script on the PATH through a relative link in a folder that is itself a link ({@code home/me/bin -> ../../dotfiles/bin},
     * {@code dotfiles/bin/guide -> ../../../my site/guide}): the link's {@code ../} climbs from the folder it really is in, to
     * the project. Read from the path as typed, it would climb to another project with a {@code guide} of its own, placed
     * there as a decoy, whose report has no stale stamp to warn of.
     */
    @Test
    void aRelativeLinkInALinkedFolderClimbsFromWhereTheLinkReallyIs() throws Exception {
        Path stow = Files.createDirectories(temp.resolve("stow"));
        Path dotfiles = Files.createDirectories(stow.resolve("dotfiles/bin"));
        Files.createSymbolicLink(dotfiles.resolve("guide"), Path.of("../../../my site/guide"));
        Path bin = Files.createSymbolicLink(Files.createDirectories(stow.resolve("home/me")).resolve("bin"), Path.of("../../dotfiles/bin"));
        Path decoy = projectAt(stow.resolve("my site"));
        Files.copy(project.resolve("target/guide-builder.jar"), decoy.resolve("target/guide-builder.jar"));
        markCompiled(decoy.resolve("target"));
        Path about = decoy.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replace("sourceRevision=pl 92d7c862dfzz ", "sourceRevision=pl 92d7c862df0c "));
        assertEquals(decoy.resolve("guide"), bin.resolve("../../../my site/guide").normalize(), "read as typed, the link lands on the decoy");

        Ran report = typed(Files.createDirectories(temp.resolve("elsewhere")), "PATH='" + bin + "':$PATH; guide translations");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("after review: guide" + HINT + "\n"), "the project, not the decoy: " + report.out());
    }

    /** The help through the script and {@link Main#main}: a {@code %} in the path ({@code My%20Site}) is printed as typed. */
    @Test
    void aPercentSignInThePathIsPrintedAsTypedInTheHelp() throws Exception {
        Path percent = temp.resolve("My%20Site");
        if (!Files.exists(percent)) {
            Files.createSymbolicLink(percent, project);
        }
        Ran help = typed(temp, percent + "/guide daemon --help");
        assertEquals(0, help.exit(), help.err());
        assertEquals("", help.err(), "picocli's warnings");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("Runs until Ctrl+C or " + percent + "/guide daemon --stop."), help.out());
    }

    /**
     * A script the editor runs through bash, because it was unzipped without its executable bit or because they typed
     * {@code bash guide}: a hint that said {@code ./guide} would answer "Permission denied"; it says what they typed.
     */
    @Test
    void aScriptRunThroughBashIsNamedWithBash() throws Exception {
        Ran build = typed(unzipped.resolve("content"), "bash ../guide build --output ../out");
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().contains("once it matches the source: bash ../guide" + HINT + "\n"), build.out());

        Ran inContent = typed(unzipped.resolve("content"), "bash ../guide translations");
        assertEquals(0, inContent.exit(), inContent.err());
        assertTrue(inContent.out().contains("after review: bash ../guide" + HINT + "\n"), inContent.out());

        Ran atHome = typed(unzipped, "bash guide translations");
        assertEquals(0, atHome.exit(), atHome.err());
        assertTrue(atHome.out().contains("after review: bash guide" + HINT + "\n"), atHome.out());

        Ran wholePath = typed(temp, "bash '" + unzipped + "/guide' translations");
        assertEquals(0, wholePath.exit(), wholePath.err());
        assertTrue(wholePath.out().contains("after review: bash '" + unzipped + "/guide'" + HINT + "\n"), wholePath.out());

        Ran executable = typed(project, "bash guide translations");
        assertEquals(0, executable.exit(), executable.err());
        assertTrue(executable.out().contains("after review: bash guide" + HINT + "\n"), "typed as bash guide: " + executable.out());
    }

    /** What one command line printed. */
    private record Ran(int exit, String out, String err) {
    }

    /** {@code line} typed in bash in {@code cwd}, with no build options or daemon of the tester's own. */
    private static Ran typed(Path cwd, String line) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", line).directory(cwd.toFile())
                .redirectError(temp.resolve("err").toFile()).redirectOutput(temp.resolve("out").toFile());
        shell.environment().keySet().removeIf(name -> name.startsWith("GUIDE_"));
        Process run = shell.start();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the command ends: " + line);
        return new Ran(run.exitValue(), Files.readString(temp.resolve("out")), Files.readString(temp.resolve("err")));
    }

    private static void jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            files.filter(Files::isRegularFile).forEach(file -> add(out, classes.relativize(file).toString(), file));
        }
    }

    private static void add(JarOutputStream jar, String name, Path file) {
        try {
            jar.putNextEntry(new JarEntry(name.replace('\\', '/')));
            Files.copy(file, (OutputStream) jar);
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
