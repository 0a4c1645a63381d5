package guide.daemon;

import guide.cli.Main;
import guide.site.CliBuild;
import guide.site.GuideCommand;
import guide.site.ProjectFixture;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./guide build} handed to a running {@code ./guide daemon}, as an editor's terminal sees it. */
class BuildDaemonTest {
    @TempDir
    Path tmp;
    private BuildDaemon daemon;
    private Thread serving;

    private Path startDaemon() throws Exception {
        Path home = tmp.resolve("guide-home");
        daemon = new BuildDaemon(home, (cwd, args) -> Main.commandLine(cwd).execute(args));
        daemon.start();
        serving = new Thread(daemon::serve, "daemon-under-test");
        serving.start();
        return home;
    }

    @AfterEach
    void stopDaemon() throws InterruptedException {
        if (daemon != null) {
            daemon.stop();
            serving.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** What one hand-off printed and returned. */
    private record HandOff(OptionalInt exitCode, String out, String err) {
    }

    private static HandOff handOff(Path home, Path cwd, String... args) {
        return handOffTypedAs(GuideCommand.DEFAULT, home, cwd, args);
    }

    /** A hand-off by a client called as {@code command} ({@code ../guide}, say). */
    private static HandOff handOffTypedAs(String command, Path home, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = DaemonClient.handOff(home, cwd, command, args, out, err);
        return new HandOff(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheSameSiteAsABuildOfItsOwnWithPathsAsTypedInTheEditorsFolder() throws Exception {
        Path home = startDaemon();
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path editorsFolder = tmp.resolve("editor");
        Files.createDirectories(editorsFolder);

        // Relative paths, as typed in the editor's folder, not the daemon's.
        HandOff result = handOff(home, editorsFolder, "build", "--project", "../project", "--output", "out/site");

        assertEquals(OptionalInt.of(0), result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Built 17 pages into out/site in "), result.out());
        assertTrue(result.err().contains("built by ./guide daemon, pid " + ProcessHandle.current().pid()), result.err());
        CliBuild alone = CliBuild.run(project, "--output", tmp.resolve("alone/site").toString());
        assertEquals(0, alone.exitCode(), alone.err());
        assertEquals(SiteSnapshot.of(tmp.resolve("alone/site")), SiteSnapshot.of(editorsFolder.resolve("out/site")));
    }

    /**
     * The same command line typed in the same kind of folder prints the same summary whether the build is handed to the
     * daemon or runs in a JVM of its own started there (as {@code ./guide build} starts it, with no daemon): the output
     * folder named as typed, relative to that folder, not the daemon's absolute path for it.
     */
    @Test
    void printsTheSameLinesAsTheSameBuildRunOnItsOwn() throws Exception {
        Path home = startDaemon();
        String[] typed = {"build", "--project", "../project", "--output", "out/site"};
        Path direct = Files.createDirectories(tmp.resolve("direct/editor"));
        ProjectFixture.copyProject(tmp.resolve("direct/project"));
        Path handedOver = Files.createDirectories(tmp.resolve("handed-over/editor"));
        ProjectFixture.copyProject(tmp.resolve("handed-over/project"));

        HandOff alone = buildInOwnJvm(direct, typed);
        HandOff daemonBuild = handOff(home, handedOver, typed);

        assertEquals(OptionalInt.of(0), alone.exitCode(), alone.err());
        assertEquals(OptionalInt.of(0), daemonBuild.exitCode(), daemonBuild.err());
        assertTrue(alone.out().startsWith("Built 17 pages into out/site in "), alone.out());
        assertEquals(withoutTimes(alone.out()), withoutTimes(daemonBuild.out()));
    }

    /** {@code ./guide build} as typed in {@code cwd}, in a JVM of its own working there, with no daemon to hand it to. */
    private static HandOff buildInOwnJvm(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dguide.daemon=off", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process build = new ProcessBuilder(command).directory(cwd.toFile()).redirectError(cwd.resolveSibling("err").toFile()).start();
        String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "the build ends");
        return new HandOff(OptionalInt.of(build.exitValue()), out, Files.readString(cwd.resolveSibling("err"), StandardCharsets.UTF_8));
    }

    private static String withoutTimes(String summary) {
        return summary.replaceAll(" in \\d+\\.\\d s ", " in (time) s ");
    }

    /**
     * The daemon was started as {@code ./guide daemon} (this JVM has no command of its own: {@link GuideCommand#DEFAULT});
     * the editor typed {@code ../guide build} in {@code content/}: the build's hints name their command, and the daemon's
     * next build, for a client of its own folder, finds nothing changed and names {@code ./guide} again.
     */
    @Test
    void aHandedOverBuildsHintsNameTheCommandAsTheClientTypedIt() throws Exception {
        Path home = startDaemon();
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl 92d7c862dfzz "));
        String hint = " translations stamp content/en/about.md";

        HandOff typedInContent = handOffTypedAs("../guide", home, project.resolve("content"), "build", "--project", "..", "--output", "../out");
        HandOff typedAtHome = handOff(home, project, "build", "--project", ".", "--output", "out");

        assertEquals(OptionalInt.of(0), typedInContent.exitCode(), typedInContent.err());
        assertTrue(typedInContent.out().contains("once it matches the source: ../guide" + hint + "\n"), typedInContent.out());
        assertTrue(typedInContent.err().contains("(built by ../guide daemon, pid "), typedInContent.err());
        assertTrue(typedAtHome.out().contains("(nothing has changed since the last build)"), typedAtHome.out());
        assertTrue(typedAtHome.out().contains("once it matches the source: ./guide" + hint + "\n"), typedAtHome.out());
        assertNull(System.getProperty(GuideCommand.PROPERTY), "the daemon's own command is as it was");
    }

    @Test
    void aBadEditFailsTheHandedOverBuildWithFileAndLineAndKeepsThePreviousSite() throws Exception {
        Path home = startDaemon();
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path site = tmp.resolve("site");
        assertEquals(OptionalInt.of(0), handOff(home, tmp, "build", "--project", project.toString(), "--output", site.toString()).exitCode());
        var before = SiteSnapshot.of(site);

        Path article = project.resolve("content/en/about.md");
        List<String> lines = Files.readAllLines(article, StandardCharsets.UTF_8);
        int dateLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("date=")).findFirst().orElseThrow());
        lines.set(dateLine, "date=2026-02-30");
        Files.write(article, lines, StandardCharsets.UTF_8);

        HandOff failed = handOff(home, tmp, "build", "--project", project.toString(), "--output", site.toString());
        assertEquals(OptionalInt.of(1), failed.exitCode());
        assertTrue(failed.err().contains("content/en/about.md:" + (dateLine + 1) + ":"), failed.err());
        assertTrue(failed.err().contains("the previous site was left as it was"), failed.err());
        assertEquals(before, SiteSnapshot.of(site));
    }

    @Test
    void keepsItsAddressToItsOwnerAndIgnoresClientsWithoutTheToken() throws Exception {
        Path home = startDaemon();
        Path file = DaemonFile.location(home);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));

        DaemonFile address = DaemonFile.read(home).orElseThrow();
        Path site = tmp.resolve("site");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream request = new DataOutputStream(bytes);
        request.writeUTF("not-the-token");
        request.writeUTF("build");
        request.writeUTF(tmp.toString());
        request.writeInt(5);
        for (String arg : List.of("build", "--project", ProjectFixture.projectDir().toString(), "--output", site.toString())) {
            request.writeUTF(arg);
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), address.port())) {
            socket.getOutputStream().write(bytes.toByteArray());
            socket.getOutputStream().flush();
            DataInputStream answer = new DataInputStream(socket.getInputStream());
            // No answer at all: the daemon hangs up (end of stream, or a reset if it closed before reading everything).
            assertThrows(IOException.class, answer::readByte);
        }
        Thread.sleep(500);
        assertFalse(Files.exists(site), "a client without the token must not get a build");
    }

    @Test
    void putsItsFileBackWhenTargetIsCleaned() throws Exception {
        Path home = startDaemon();
        Files.delete(DaemonFile.location(home));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(DaemonFile.location(home)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Path site = tmp.resolve("site");
        assertEquals(OptionalInt.of(0), handOff(home, tmp, "build", "--project", ProjectFixture.projectDir().toString(),
                "--output", site.toString()).exitCode());
    }

    @Test
    void handsOverOnlyBuilds() throws Exception {
        Path home = startDaemon();
        assertEquals(OptionalInt.empty(), handOff(home, tmp, "translations").exitCode());
        assertEquals(OptionalInt.empty(), handOff(home, tmp, "serve").exitCode());
    }

    @Test
    void aDaemonRunningOlderBuilderCodeIsPassedOverWithANote() throws Exception {
        Path home = tmp.resolve("guide-home");
        new DaemonFile(9, "token", ProcessHandle.current().pid(), "an older builder.jar").write(home);

        HandOff result = handOff(home, tmp, "build");

        assertEquals(OptionalInt.empty(), result.exitCode());
        assertTrue(result.err().contains("runs the builder as it was before its last change; building here instead"), result.err());
    }

    @Test
    void aDaemonThatDiedIsForgottenAndTheBuildRunsHere() throws Exception {
        Path home = tmp.resolve("guide-home");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new DaemonFile(closedPort, "token", gone.pid(), DaemonFile.currentCode()).write(home);

        HandOff result = handOff(home, tmp, "build");

        assertEquals(OptionalInt.empty(), result.exitCode());
        assertEquals("", result.err());
        assertFalse(Files.exists(DaemonFile.location(home)), "the stale daemon file is removed");
    }

    @Test
    void stopsOnRequestAndRemovesItsFile() throws Exception {
        Path home = startDaemon();
        assertEquals(ProcessHandle.current().pid(), DaemonClient.stop(home).orElseThrow());
        serving.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(serving.isAlive(), "the daemon stops serving");
        assertFalse(Files.exists(DaemonFile.location(home)));
        assertEquals(OptionalInt.empty(), handOff(home, tmp, "build").exitCode(), "nothing left to hand over to");
        assertTrue(DaemonClient.stop(home).isEmpty());
    }

    @Test
    void refusesToStartWhileAnotherDaemonServesTheSameGuide() throws Exception {
        Path home = startDaemon();
        BuildDaemon second = new BuildDaemon(home, (cwd, args) -> 0);
        // Same process id here, so pretend the file is another live process's: the test JVM's parent.
        DaemonFile first = DaemonFile.read(home).orElseThrow();
        long otherLivePid = ProcessHandle.current().parent().orElseThrow().pid();
        new DaemonFile(first.port(), first.token(), otherLivePid, first.code()).write(home);
        IllegalStateException refused = assertThrows(IllegalStateException.class, second::start);
        assertTrue(refused.getMessage().contains("already runs"), refused.getMessage());
        new DaemonFile(first.port(), first.token(), first.pid(), first.code()).write(home);
    }
}
