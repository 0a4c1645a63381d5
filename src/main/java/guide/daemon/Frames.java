package guide.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The daemon's answer to a client, as frames on one socket: what the build printed on stdout and
 * on stderr, in the order it printed it, then its exit code.
 */
final class Frames {
    static final int STDOUT = 1;
    static final int STDERR = 2;
    static final int EXIT = 0;

    private Frames() {
    }

    /** An output stream that sends what is written to it as frames of one kind. */
    static OutputStream writer(DataOutputStream socket, int kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                synchronized (socket) {
                    socket.writeByte(kind);
                    socket.writeInt(len);
                    socket.write(bytes, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (socket) {
                    socket.flush();
                }
            }
        };
    }

    static void writeExit(DataOutputStream socket, int code) throws IOException {
        synchronized (socket) {
            socket.writeByte(EXIT);
            socket.writeInt(code);
            socket.flush();
        }
    }

    /**
     * Copies frames to {@code out} and {@code err} until the exit frame, and returns its code.
     *
     * @throws java.io.EOFException if the daemon went away before it sent one
     */
    static int relay(DataInputStream socket, OutputStream out, OutputStream err) throws IOException {
        while (true) {
            int kind = socket.readUnsignedByte();
            if (kind == EXIT) {
                out.flush();
                err.flush();
                return socket.readInt();
            }
            int len = socket.readInt();
            if (len < 0 || len > (1 << 24)) {
                throw new IOException("the build daemon sent a damaged answer");
            }
            byte[] bytes = socket.readNBytes(len);
            (kind == STDERR ? err : out).write(bytes);
            if (kind == STDERR) {
                err.flush();
            }
        }
    }
}
