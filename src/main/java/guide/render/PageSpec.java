package guide.render;

import guide.page.PageModel;

import java.nio.file.Path;

/**
 * One output file to render: where it goes, what its template sees ({@code content.*}), and the
 * Markdown of its body.
 *
 * @param markdown the body, or empty for pages the build makes (feeds, sitemap)
 * @param source   the editor's file it comes from, or null for pages the build makes
 */
public record PageSpec(String outputPath, PageModel model, String markdown, Path source) {

    /** A page the build makes itself, with no Markdown of its own. */
    public static PageSpec generated(String outputPath, PageModel model) {
        return new PageSpec(outputPath, model, "", null);
    }

    /** The document type whose template renders the page. */
    public String type() {
        return model.type();
    }

    public boolean isHtml() {
        return outputPath.endsWith(".html");
    }
}
