package guide.content;

import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's content as the editors' commands see it: configuration, authors and every
 * document that could be read, with the problems found on the way.
 */
public record SiteContent(SiteConfig config, List<ContentDocument> documents, List<Problem> problems) {

    public static SiteContent load(Path projectDir) throws BuildFailure {
        SiteConfig config = SiteConfig.load(projectDir);
        List<Problem> problems = new ArrayList<>();
        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        List<ContentDocument> documents = new ContentScanner(config, authors).scan(problems);
        return new SiteContent(config, documents, List.copyOf(problems));
    }

    /** The document read from {@code file} (absolute, or relative to the current folder or the project). */
    public Optional<ContentDocument> find(Path file) {
        Path projectDir = config.projectDir();
        Path absolute = Path.of("").toAbsolutePath().resolve(file).normalize();
        Path relative = absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : file.normalize();
        return documents.stream().filter(d -> d.source().equals(relative)).findFirst();
    }
}
