package guide.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A project's history of its files as a unit test gives it, without git: each file's versions, newest first, under the names
 * they had (as {@code git log --follow} lists them), with their texts; and what history it is (a whole repository, a shallow
 * clone). {@link GitFilesTest} tests that git answers as this does.
 */
final class GivenHistory implements FileHistory {
    private final GitHistory kind;
    private final Map<String, List<Version>> versions = new HashMap<>();
    private final Map<Version, String> texts = new HashMap<>();
    private int commits;
    private int kindsAsked;

    GivenHistory(GitHistory kind) {
        this.kind = kind;
    }

    /** A whole repository with no versions yet. */
    static GivenHistory repository() {
        return new GivenHistory(GitHistory.REPOSITORY);
    }

    /** A version of {@code file} newer than those given before, in a commit where it was named {@code path}, holding {@code text}. */
    GivenHistory commit(String file, String path, String text) {
        Version version = new Version(String.format("%040x", ++commits), path);
        versions.computeIfAbsent(file, f -> new ArrayList<>()).add(0, version);
        texts.put(version, text);
        return this;
    }

    /** A version of {@code file} under its own name. */
    GivenHistory commit(String file, String text) {
        return commit(file, file, text);
    }

    /** How often {@link #kind} was asked. */
    int kindsAsked() {
        return kindsAsked;
    }

    @Override
    public List<Version> versions(String file, int most) {
        return versions.getOrDefault(file, List.of()).stream().limit(most).toList();
    }

    /** This history has one branch. */
    @Override
    public List<Version> versionsOnAnyBranch(String file, int most) {
        return versions(file, most);
    }

    @Override
    public <T> Optional<T> firstMatching(List<Version> asked, Function<String, Optional<T>> test) {
        // a version not given is skipped, as git cat-file answers "missing" for one it does not have
        return asked.stream().map(texts::get).filter(Objects::nonNull).map(test).flatMap(Optional::stream).findFirst();
    }

    @Override
    public GitHistory kind() {
        kindsAsked++;
        return kind;
    }
}
