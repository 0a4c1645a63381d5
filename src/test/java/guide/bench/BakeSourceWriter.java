package guide.bench;

import guide.content.FrontMatterParser;
import guide.i18n.UiStrings;
import guide.render.PageSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the folder plain JBake bakes from: each page as a Markdown file at the path of its clean
 * URL ({@code pl/slug/index.md}) with the headers JBake needs, its page model registered with
 * {@link GuideMarkdownEngine}; the templates and assets next to it. Editors' files are never touched.
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

    /**
     * Writes a page to the path JBake turns into its output path ({@code .html} for {@code .md}, or
     * the type's extension), with its model and interface words for the engine to add.
     */
    public void write(PageSpec spec, UiStrings ui) throws IOException {
        String relative = spec.outputPath().replaceFirst("\\.[a-z]+$", ".md");
        Path file = contentDir().resolve(relative);
        Map<String, Object> values = ModelMaps.of(spec.model());
        values.put("ui", ui.strings(spec.model().lang()));
        values.put("uiPlurals", ui.pluralForms(spec.model().lang()));
        GuideMarkdownEngine.MODELS.put(GuideMarkdownEngine.key(file.toFile()), values);
        String text = "title=" + spec.model().title().replace('\n', ' ') + "\ntype=" + spec.type() + "\nstatus=published\n"
                + FrontMatterParser.SEPARATOR + "\n" + spec.markdown();
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
