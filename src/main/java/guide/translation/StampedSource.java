package guide.translation;

import guide.content.ContentDocument;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.content.Whitespace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source's text as it was when a translation was stamped. A stamp keeps only hashes, so the old
 * text comes from the project's git history: the newest committed version of the source file (its
 * earlier names followed) whose title and text hash to the stamp's hash. It is not there when the
 * project is not a git repository, git is not installed, or the stamped version was never
 * committed; the report and dashboard then show edited blocks as they are now.
 *
 * @param blocks  the stamped source's blocks, as {@link SourceRevision#blocks} cuts them
 * @param summary the stamped source's summary, whitespace collapsed; null when unknown (the version found has
 *                another summary than the stamp's) or when it had none
 * @param shown   the same blocks as people are shown them ({@link SourceRevision#shownBlocks}: an underlined heading written
 *                with {@code #} marks), so an edited heading's old and new text compare alike
 */
public record StampedSource(List<String> blocks, String summary, List<String> shown) {
    /** Versions of a file looked at, newest first: a stamp older than this many commits of its source is not looked for. */
    static final int VERSIONS = 200;

    public StampedSource {
        blocks = List.copyOf(blocks);
        shown = List.copyOf(shown);
    }

    /** Blocks shown as they are. */
    public StampedSource(List<String> blocks, String summary) {
        this(blocks, summary, blocks);
    }

    /** The stamped text of block {@code index} as people are shown it, if the stamp's hash of it is this text's. */
    public Optional<String> block(SourceRevision stamp, int index) {
        if (index < 0 || index >= blocks.size() || index >= stamp.blocks().size()) {
            return Optional.empty();
        }
        String text = blocks.get(index);
        return SourceRevision.sha256(text).startsWith(stamp.blocks().get(index)) ? Optional.of(shown.get(index)) : Optional.empty();
    }

    /** Finds the stamped version of a source, if there is one to find. */
    @FunctionalInterface
    public interface Lookup {
        /** No history: edited blocks are shown as they are now. */
        Lookup NONE = (source, stamp) -> Optional.empty();

        Optional<StampedSource> find(ContentDocument source, SourceRevision stamp);

        /** The git history of the project in {@code projectDir}, versions found remembered for the life of the JVM. */
        static Lookup git(Path projectDir) {
            return (source, stamp) -> StampedSource.fromGit(projectDir, source.source(), stamp);
        }

        /** This lookup, each answer (found or not) remembered for the life of the returned lookup: one report and its dashboard. */
        default Lookup remembering() {
            Map<String, Optional<StampedSource>> answers = new ConcurrentHashMap<>();
            return (source, stamp) -> answers.computeIfAbsent(source.source() + " " + stamp, k -> find(source, stamp));
        }
    }

    /** Versions found, by project, file and stamp: a version in git does not change (one not found may yet be committed). */
    private static final Map<String, StampedSource> FOUND = new ConcurrentHashMap<>();

    /** The stamped version of the file {@code source} (relative to {@code projectDir}) in git, if any. */
    static Optional<StampedSource> fromGit(Path projectDir, Path source, SourceRevision stamp) {
        return fromHistory(projectDir, new GitFiles(projectDir), source, stamp);
    }

    /** {@link #fromGit}, the versions read from {@code history}, the project's (tests give one without git), and remembered as git's. */
    static Optional<StampedSource> fromHistory(Path projectDir, FileHistory history, Path source, SourceRevision stamp) {
        String key = projectDir.toAbsolutePath() + "\n" + source + "\n" + stamp.hash() + " " + stamp.summary();
        StampedSource known = FOUND.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StampedSource> found = search(history, source, stamp);
        if (found.isPresent()) {
            if (FOUND.size() > 10_000) {
                FOUND.clear(); // a long-lived preview sees many stamps; keep this bounded
            }
            FOUND.put(key, found.get());
        }
        return found;
    }

    private static Optional<StampedSource> search(FileHistory history, Path source, SourceRevision stamp) {
        List<FileHistory.Version> versions = history.versionsOnAnyBranch(source.toString().replace('\\', '/'), VERSIONS);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        StampedSource[] bodyOnly = new StampedSource[1];
        Optional<StampedSource> whole = history.firstMatching(versions, text -> {
            Optional<FrontMatter> fm = FrontMatterParser.parse(source, text, new ArrayList<>());
            if (fm.isEmpty() || fm.get().get("title") == null) {
                return Optional.empty();
            }
            String title = fm.get().get("title");
            String summary = fm.get().get("summary");
            if (!SourceRevision.of(stamp.lang(), title, fm.get().body()).hash().equals(stamp.hash())) {
                return Optional.empty();
            }
            List<String> blocks = SourceRevision.blocks(title, fm.get().body());
            boolean summaryKnown = stamp.summary() != null && stamp.summary().equals(SourceRevision.summaryHash(summary));
            StampedSource found = new StampedSource(blocks, summaryKnown && summary != null ? Whitespace.collapse(summary.strip()) : null,
                    SourceRevision.shownBlocks(title, fm.get().body()));
            if (summaryKnown || stamp.summary() == null) {
                return Optional.of(found);
            }
            if (bodyOnly[0] == null) {
                bodyOnly[0] = found; // the text matches but not the summary: keep looking for both, else take this
            }
            return Optional.empty();
        });
        return whole.or(() -> Optional.ofNullable(bodyOnly[0]));
    }
}
