package guide.jbake;

import guide.content.ContentDocument;
import guide.content.FrontMatterParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the folder JBake bakes from: each published page as a Markdown file at the path of its
 * clean URL ({@code pl/slug/index.md}), with the computed header values; the templates and
 * assets next to it. Editors' files are never touched.
 */
public final class BakeSourceWriter {
    private final Path root;

    public BakeSourceWriter(Path root) {
        this.root = root;
    }

    public Path contentDir() {
        return root.resolve("content");
    }

    public Path templateDir() {
        return root.resolve("templates");
    }

    public Path assetDir() {
        return root.resolve("assets");
    }

    /** Writes one content page to the path JBake turns into its output path. */
    public void writePage(ContentDocument doc, Map<String, String> headers, String body) throws IOException {
        write(doc.outputPath().replaceFirst("\\.html$", ".md"), headers, body);
    }

    /** Writes a page the build makes itself (root, feeds, sitemap), with an empty body. */
    public void writeGenerated(String path, Map<String, String> headers) throws IOException {
        write(path, headers, "");
    }

    private void write(String relativePath, Map<String, String> headers, String body) throws IOException {
        StringBuilder text = new StringBuilder();
        headers.forEach((key, value) -> text.append(key).append('=').append(value.replace('\n', ' ')).append('\n'));
        text.append(FrontMatterParser.SEPARATOR).append('\n').append(body);
        Path file = contentDir().resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Copies a folder of the project (templates, assets) into the bake source. */
    public static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
