package guide.daemon;

import guide.site.GuideCommand;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ./guide daemon}: a JVM that stays warm between builds. A fresh JVM spends about a
 * second loading and warming up Freemarker, flexmark and jsoup before its first page; a build
 * handed to this process starts at full speed. Each build is still a whole, fresh build (a new
 * builder, the same output as {@code ./guide build} run on its own); only the JVM is shared.
 *
 * <p>Listens on 127.0.0.1 only and runs a build only for a client that sends the token from the
 * owner-only {@link DaemonFile}. Builds run one at a time, in the order they arrive.
 */
public final class BuildDaemon {
    /** Runs one command line as if typed in {@code cwd}; returns its exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(Path cwd, String[] args);
    }

    static final String BUILD = "build";
    static final String STOP = "stop";
    private static final int REPUBLISH_MS = 3_000;

    private final Path home;
    private final Runner runner;
    private final String token = newToken();
    private ServerSocket server;
    private DaemonFile file;
    private volatile boolean stopping;

    public BuildDaemon(Path home, Runner runner) {
        this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Starts listening and publishes the daemon file.
     *
     * @throws IllegalStateException if another daemon already serves this guide
     */
    public void start() throws IOException {
        Optional<DaemonFile> other = DaemonFile.read(home);
        if (other.isPresent() && other.get().processAlive() && other.get().pid() != ProcessHandle.current().pid()) {
            throw new IllegalStateException("a build daemon already runs for " + home + " (pid " + other.get().pid()
                    + "); stop it with " + GuideCommand.name() + " daemon --stop");
        }
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        file = new DaemonFile(server.getLocalPort(), token, ProcessHandle.current().pid(), DaemonFile.currentCode());
        file.write(home);
    }

    /**
     * Serves builds until {@link #stop()} or a client's stop request. Every few seconds without a
     * client, puts the daemon file back if it went away ({@code mvn clean} deletes {@code target/}).
     */
    public void serve() {
        while (!stopping) {
            try (Socket socket = acceptOrRepublish()) {
                if (socket != null) {
                    handle(socket);
                }
            } catch (SocketException closed) {
                if (!stopping) {
                    System.err.println("build daemon: " + closed.getMessage());
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("build daemon: a request failed: " + e);
            }
        }
    }

    private Socket acceptOrRepublish() throws IOException {
        server.setSoTimeout(REPUBLISH_MS);
        try {
            return server.accept();
        } catch (SocketTimeoutException idle) {
            if (!stopping && !Files.isRegularFile(DaemonFile.location(home))) {
                file.write(home);
            }
            return null;
        }
    }

    /**
     * Stops accepting builds and removes the daemon file. A client's stop request waits its turn
     * after the builds before it; on Ctrl+C the JVM ends a build under way, which then leaves the
     * previous site as it was, as any interrupted build does.
     */
    public void stop() {
        stopping = true;
        if (file != null) {
            file.deleteIfOwn(home);
        }
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // stopping anyway
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void handle(Socket socket) throws IOException {
        socket.setSoTimeout(10_000); // for reading the request; a build's answer may take as long as it takes
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        String sent = in.readUTF();
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return; // not a client of this daemon: no answer at all
        }
        String kind = in.readUTF();
        Path cwd = Path.of(in.readUTF());
        String command = in.readUTF();
        String[] args = new String[in.readInt()];
        for (int i = 0; i < args.length; i++) {
            args[i] = in.readUTF();
        }
        socket.setSoTimeout(0);
        if (STOP.equals(kind)) {
            Frames.writeExit(out, 0);
            stop();
            return;
        }
        if (!BUILD.equals(kind) || args.length == 0 || !BUILD.equals(args[0])) {
            PrintStream err = new PrintStream(Frames.writer(out, Frames.STDERR), true, StandardCharsets.UTF_8);
            err.println("error: the build daemon runs only " + command + " build");
            Frames.writeExit(out, 2);
            return;
        }
        long start = System.nanoTime();
        // The build's messages name the command as the client typed it ("../guide translations stamp FILE").
        int code = GuideCommand.typedAs(command, () -> build(cwd, args, out));
        String gone = "";
        try {
            Frames.writeExit(out, code);
        } catch (IOException clientGone) {
            gone = " (its " + command + " build had stopped waiting)";
        }
        System.out.printf("%s: exit %d after %.2f s%s%n", String.join(" ", args), code, (System.nanoTime() - start) / 1e9, gone);
        // What the build allocated is garbage now; give the memory back while the daemon waits.
        System.gc();
    }

    private int build(Path cwd, String[] args, DataOutputStream socket) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        PrintStream out = new PrintStream(Frames.writer(socket, Frames.STDOUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(Frames.writer(socket, Frames.STDERR), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        try {
            return runner.run(cwd, args);
        } catch (RuntimeException | Error e) {
            err.println("error: the build stopped unexpectedly: " + e);
            return 1;
        } finally {
            out.flush();
            err.flush();
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
