package guide.translation.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a set of files all or nothing. Each new text is {@link #add staged} in a temporary file
 * beside its target, and the target's current text is copied beside it too; only then does
 * {@link #commit} rename the staged files over their targets, one by one. Should a rename fail (the
 * folder changed under the import), the targets already replaced get their copies back and the files
 * it created are deleted, so the folder is as it was. {@link #close} deletes the temporary files and
 * the copies either way; a copy that could not be put back is the one thing it keeps.
 */
final class StagedFiles implements AutoCloseable {
    /** A file to replace: its new text in {@code temp}, its old one in {@code backup} (null for a new file). */
    record Staged(Path target, Path temp, Path backup) {
    }

    /**
     * A rename that failed after every file before it had been put back.
     *
     * @param index      which {@link #add added} file could not be renamed into place
     * @param notPutBack the files before it that could not be put back either (their copies are kept); empty almost always
     */
    static final class RenameFailed extends IOException {
        final int index;
        final transient List<Staged> notPutBack;

        RenameFailed(int index, List<Staged> notPutBack, IOException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
            this.notPutBack = notPutBack;
        }
    }

    private final List<Staged> staged = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final List<Staged> notPutBack = new ArrayList<>();
    private boolean committed;

    /**
     * Writes {@code bytes} into a temporary file beside {@code file} (past its symbolic links, {@link AtomicFile#followLinks}),
     * and copies the file's current text beside it.
     */
    void add(Path file, byte[] bytes) throws IOException {
        Path target = AtomicFile.followLinks(file);
        Path temp = AtomicFile.stage(target, bytes, folders);
        Path backup = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                backup = Files.createTempFile(temp.getParent(), "." + target.getFileName(), ".bak");
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        } finally {
            staged.add(new Staged(target, temp, backup));
        }
    }

    /** Renames every staged file over its target; on a failure, undoes the renames before it and throws {@link RenameFailed}. */
    void commit() throws RenameFailed {
        for (int i = 0; i < staged.size(); i++) {
            try {
                AtomicFile.commit(staged.get(i).temp(), staged.get(i).target());
            } catch (IOException e) {
                for (int j = i - 1; j >= 0; j--) {
                    putBack(staged.get(j));
                }
                throw new RenameFailed(i, List.copyOf(notPutBack), e);
            }
        }
        committed = true;
    }

    /** Gives {@code s}'s target its old text back, or deletes it if the import created it; a copy that will not go back is kept. */
    private void putBack(Staged s) {
        try {
            if (s.backup() == null) {
                Files.deleteIfExists(s.target());
            } else {
                AtomicFile.commit(s.backup(), s.target());
            }
        } catch (IOException e) {
            notPutBack.add(s);
        }
    }

    /** Deletes the temporary files and the copies, and, unless committed, the folders the staging created. */
    @Override
    public void close() {
        List<Path> leftovers = new ArrayList<>();
        for (Staged s : staged) {
            leftovers.add(s.temp());
            if (s.backup() != null && !notPutBack.contains(s)) {
                leftovers.add(s.backup());
            }
        }
        AtomicFile.discard(leftovers, committed ? List.of() : folders);
    }
}
