package guide.daemon;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running build daemon can be reached: {@code target/guide-daemon.properties} in the
 * guide's folder, readable only by its owner, because the token in it lets a client run builds.
 *
 * @param port  the daemon's port on 127.0.0.1
 * @param token the secret a client must send first
 * @param pid   the daemon's process id (to tell a stale file from a live daemon)
 * @param code  the builder code the daemon runs ({@link #currentCode()}); a client with other code builds itself
 */
public record DaemonFile(int port, String token, long pid, String code) {
    static final String NAME = "guide-daemon.properties";

    public DaemonFile {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(code, "code");
    }

    /** The file's place for the guide installed in {@code home}. */
    public static Path location(Path home) {
        return home.resolve("target").resolve(NAME);
    }

    /** The daemon file in {@code home}, if there is one that can be read. */
    public static Optional<DaemonFile> read(Path home) {
        Path file = location(home);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new DaemonFile(Integer.parseInt(p.getProperty("port")), p.getProperty("token"),
                    Long.parseLong(p.getProperty("pid")), p.getProperty("code")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // half-written or damaged: as if no daemon ran
        }
    }

    /** Writes this file into {@code home}, owner-only, in one step (a client never sees half of it). */
    void write(Path home) throws IOException {
        Path file = location(home);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(NAME + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("token", token);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("code", code);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            // The project's command, not GuideCommand.name(): a note in a file of target/, the same whoever started the daemon.
            p.store(out, "./guide daemon: ./guide build hands its builds to this process");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file from {@code home} if it is still this daemon's. */
    void deleteIfOwn(Path home) {
        Optional<DaemonFile> current = read(home);
        if (current.isPresent() && current.get().pid == pid && current.get().token.equals(token)) {
            try {
                Files.deleteIfExists(location(home));
            } catch (IOException ignored) {
                // a stale file is recognised by its dead pid
            }
        }
    }

    /** Whether the process that wrote this file is still running. */
    boolean processAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The identity of the builder code this JVM runs: where its classes come from, with that
     * file's size and time. {@code ./guide} rebuilds its jar when the sources change, so a daemon
     * started before then reports other code than a client started after.
     */
    public static String currentCode() {
        try {
            Path location = Path.of(DaemonFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // (No string concatenation here: on a client's short path, its first use costs 20 ms of set-up.)
            return String.join(" ", location.toString(), Long.toString(Files.size(location)),
                    Long.toString(Files.getLastModifiedTime(location).toMillis()));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
