package guide.render;

import guide.image.ContentImage;
import guide.page.PageModel;

import java.nio.file.Path;
import java.util.List;

/**
 * One output file to render: where it goes, what its template sees ({@code content.*}), the
 * Markdown of its body, and the content images its Markdown shows.
 *
 * @param markdown the body, or empty for pages the build makes (feeds, sitemap)
 * @param source   the editor's file it comes from, or null for pages the build makes
 * @param images   the content images the page's Markdown shows: the HTML passes give them their sizes and copies, so
 *                 they are part of the page's key (a replaced image renders the pages that show it again)
 */
public record PageSpec(String outputPath, PageModel model, String markdown, Path source, List<ContentImage> images) {

    /** A page the build makes itself, with no Markdown of its own. */
    public static PageSpec generated(String outputPath, PageModel model) {
        return new PageSpec(outputPath, model, "", null, List.of());
    }

    /** The document type whose template renders the page. */
    public String type() {
        return model.type();
    }

    public boolean isHtml() {
        return outputPath.endsWith(".html");
    }
}
