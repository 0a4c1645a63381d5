package guide.content;

import guide.site.BuildFailure;
import guide.site.FolderWalk;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's content as the editors' commands see it: configuration, authors and every
 * document that could be read, with the problems found on the way.
 */
public record SiteContent(SiteConfig config, List<ContentDocument> documents, List<Problem> problems) {

    /** @throws BuildFailure for the settings, or a content folder that cannot be read (named as {@link FolderWalk#problem}) */
    public static SiteContent load(Path projectDir) throws BuildFailure {
        SiteConfig config = SiteConfig.load(projectDir);
        List<Problem> problems = new ArrayList<>();
        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        List<ContentDocument> documents;
        try {
            documents = new ContentScanner(config, authors).scan(problems);
        } catch (UncheckedIOException e) {
            throw new BuildFailure(List.of(FolderWalk.problem(config.projectDir(), config.contentDir(), e.getCause())));
        }
        return new SiteContent(config, documents, List.copyOf(problems));
    }

    /** The document read from {@code file}, a path as typed in the current folder ({@link #resolve}). */
    public Optional<ContentDocument> find(Path file) {
        return find(file, Path.of("").toAbsolutePath());
    }

    /**
     * The document read from {@code file}, a path as typed in {@code cwd} ({@link #resolve}). The name is compared
     * composed ({@link SameAddress#composed}): typed composed ({@code o-przewodniku-ó.md} as a keyboard gives it) for a
     * file whose name is decomposed, as a copy from a Mac leaves it, or the other way, it is the same name to the
     * editor, other bytes to the file system, so {@link #resolve} may not have found it in the project: the path in the
     * project is tried too, after the one {@link #resolve} chose.
     */
    public Optional<ContentDocument> find(Path file, Path cwd) {
        List<String> typed = Stream.of(resolve(file, cwd), config.projectDir().resolve(file).normalize(), cwd.toAbsolutePath().resolve(file).normalize())
                .map(SameAddress::composed).distinct().toList();
        return typed.stream().flatMap(name -> documents.stream().filter(d -> name.equals(SameAddress.composed(config.projectDir().resolve(d.source()).normalize()))))
                .findFirst();
    }

    /**
     * The file or folder a content path names, as every command that takes one reads it (stamp,
     * translate, export): an absolute path as it is; a relative one in the project when it exists
     * there ({@code content/en/about.md}, as the README types them, works in any folder of the
     * project), else in {@code cwd}, the folder it was typed in ({@code about.md} in content/en).
     */
    public Path resolve(Path typed, Path cwd) {
        if (typed.isAbsolute()) {
            return typed.normalize();
        }
        Path inProject = config.projectDir().resolve(typed).normalize();
        return Files.exists(inProject) ? inProject : cwd.toAbsolutePath().resolve(typed).normalize();
    }
}
