package guide.cli;

import guide.site.IoReason;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * The line a command prints after "error: " for a failure no command expected: for a file that could not be read or
 * written, its path (and the other path of a move) with the reason in words ({@link IoReason}), where Java's own
 * message was often the bare path (also when a walk or a stream met it partway and carries it unchecked); for anything
 * else, the exception's message.
 */
final class ErrorText {
    private ErrorText() {
    }

    static String of(Throwable e) {
        if (e instanceof UncheckedIOException unchecked && unchecked.getCause().toString().equals(unchecked.getMessage())) {
            return of(unchecked.getCause()); // carried without words of its own ("cannot take the key of …" keeps them)
        }
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            return failed.getFile() + (failed.getOtherFile() == null ? "" : " -> " + failed.getOtherFile()) + ": " + IoReason.of(failed);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
