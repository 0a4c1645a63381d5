package guide.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A failure no command expected is printed with what went wrong, not the bare path Java's file exceptions carry. */
class ErrorTextTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderIsNeededSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.createDirectories(file));
        assertEquals(file + ": already exists, as a file", ErrorText.of(e));
    }

    @Test
    void aMissingFileSaysSoAndTheSystemsOwnReasonIsKept() {
        Path missing = dir.resolve("missing.xlf");
        assertEquals(missing + ": no such file or folder", ErrorText.of(assertThrows(IOException.class, () -> Files.readAllBytes(missing))));
        Path folder = dir;
        FileSystemException moved = assertThrows(FileSystemException.class, () -> Files.writeString(folder, "x"));
        assertEquals(folder + ": Is a directory", ErrorText.of(moved));
    }

    /** A walk or a stream that met the failure partway carries it inside an unchecked exception: it is said the same way. */
    @Test
    void aFileFailureInsideAnUncheckedOneIsSaidAsItself() {
        Path missing = dir.resolve("gone");
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(missing));
        assertEquals(missing + ": no such file or folder", ErrorText.of(new UncheckedIOException(e)));
        assertEquals("cannot take the key of en/index.html", ErrorText.of(new UncheckedIOException("cannot take the key of en/index.html", e)));
    }

    @Test
    void otherFailuresKeepTheirMessage() {
        assertEquals("the build stopped", ErrorText.of(new IllegalStateException("the build stopped")));
        assertEquals("java.lang.NullPointerException", ErrorText.of(new NullPointerException()));
    }
}
