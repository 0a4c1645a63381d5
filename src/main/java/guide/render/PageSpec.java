package guide.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * One output file to render: where it goes, which document type's template renders it, the
 * header values the template sees as {@code content.*}, and the Markdown of its body.
 *
 * @param source the editor's file it comes from, or null for pages the build makes (feeds, sitemap)
 */
public record PageSpec(String outputPath, String type, Map<String, String> headers, String markdown, Path source) {

    public boolean isHtml() {
        return outputPath.endsWith(".html");
    }
}
