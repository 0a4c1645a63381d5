package guide.site;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words. Java's exceptions for the commonest failures (no such file,
 * permission denied, already there) carry the path alone as their message, so "cannot read: " + the message said the
 * path twice and nothing of what went wrong; this gives the reason, or the operating system's own words where it gave
 * some ("Is a directory").
 */
public final class IoReason {
    private IoReason() {
    }

    /** The reason {@code e} gives, without the path it names. */
    public static String of(IOException e) {
        if (!(e instanceof FileSystemException failed) || failed.getFile() == null) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        if (failed.getReason() != null) {
            return failed.getReason();
        }
        if (failed instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failed instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failed instanceof FileAlreadyExistsException) {
            return Files.isDirectory(Path.of(failed.getFile())) ? "already exists, as a folder" : "already exists, as a file";
        }
        if (failed instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (failed instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        return "cannot be read or written";
    }
}
