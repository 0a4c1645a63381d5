package guide.daemon;

import guide.site.GuideCommand;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The client side of {@link BuildDaemon}: {@code ./guide build} hands its command line to a
 * running daemon and prints what the build prints, or, when no daemon can take it, says so
 * (only when it matters) and lets the caller build in its own JVM.
 */
public final class DaemonClient {
    private static final int CONNECT_TIMEOUT_MS = 1_000;

    private DaemonClient() {
    }

    /**
     * Whether this JVM may hand its build over: not when {@code GUIDE_NO_DAEMON} is set or
     * {@code -Dguide.daemon=off} (which {@code ./guide} sets while it records its class-data archive).
     */
    public static boolean enabled() {
        String env = System.getenv("GUIDE_NO_DAEMON");
        return (env == null || env.isEmpty()) && !"off".equals(System.getProperty("guide.daemon"));
    }

    /**
     * Runs {@code args} (a {@code build} command line, as typed in {@code cwd}) in the daemon of the
     * guide in {@code home}.
     *
     * @param command how the editor called the guide ({@link GuideCommand#name()} here): the build's
     *                messages name it, not the command that started the daemon
     * @return the build's exit code, or empty when there is no daemon to take it: none runs, it
     *         runs other builder code, or it cannot be reached
     */
    public static OptionalInt handOff(Path home, Path cwd, String command, String[] args, OutputStream out, OutputStream err) {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(command, "command");
        if (args.length == 0 || !BuildDaemon.BUILD.equals(args[0])) {
            return OptionalInt.empty();
        }
        Optional<DaemonFile> daemon = DaemonFile.read(home);
        if (daemon.isEmpty()) {
            return OptionalInt.empty();
        }
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (!daemon.get().code().equals(DaemonFile.currentCode())) {
            if (daemon.get().processAlive()) {
                errors.println("note: the build daemon (pid " + daemon.get().pid() + ") runs the builder as it was before"
                        + " its last change; building here instead. Restart " + command + " daemon to use it again.");
            }
            return OptionalInt.empty();
        }
        try (Socket socket = connect(daemon.get())) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            send(request, daemon.get().token(), BuildDaemon.BUILD, cwd, command, args);
            DataInputStream answer = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            try {
                int code = Frames.relay(answer, out, err);
                errors.print("(built by " + command + " daemon, pid ");
                errors.print(daemon.get().pid());
                errors.println(")");
                return OptionalInt.of(code);
            } catch (EOFException gone) {
                errors.println("error: the build daemon (pid " + daemon.get().pid() + ") stopped before the build finished;"
                        + " run " + command + " build again.");
                return OptionalInt.of(1);
            }
        } catch (IOException unreachable) {
            if (!daemon.get().processAlive()) {
                deleteStale(home, daemon.get());
            }
            return OptionalInt.empty();
        }
    }

    /**
     * Asks the daemon of the guide in {@code home} to stop (after the build under way, if any).
     *
     * @return the stopped daemon's pid, or empty if none was running
     */
    public static Optional<Long> stop(Path home) {
        Optional<DaemonFile> daemon = DaemonFile.read(home);
        if (daemon.isEmpty()) {
            return Optional.empty();
        }
        try (Socket socket = connect(daemon.get())) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            send(request, daemon.get().token(), BuildDaemon.STOP, Path.of("."), GuideCommand.name(), new String[0]);
            Frames.relay(new DataInputStream(socket.getInputStream()), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            return Optional.of(daemon.get().pid());
        } catch (IOException unreachable) {
            deleteStale(home, daemon.get());
            return Optional.empty();
        }
    }

    private static Socket connect(DaemonFile daemon) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), CONNECT_TIMEOUT_MS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static void send(DataOutputStream request, String token, String kind, Path cwd, String command, String[] args)
            throws IOException {
        request.writeUTF(token);
        request.writeUTF(kind);
        request.writeUTF(cwd.toAbsolutePath().normalize().toString());
        request.writeUTF(command);
        request.writeInt(args.length);
        for (String arg : args) {
            request.writeUTF(arg);
        }
        request.flush();
    }

    private static void deleteStale(Path home, DaemonFile daemon) {
        if (!daemon.processAlive()) {
            try {
                Files.deleteIfExists(DaemonFile.location(home));
            } catch (IOException ignored) {
                // harmless: the next client finds it stale too
            }
        }
    }
}
