package guide.build;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;
import guide.image.SocialImage;
import guide.page.PageModel;
import guide.publish.LinkPreview;
import guide.render.PageSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each content page's link preview as its own head declares it (head.ftl's Open Graph tags), for the forwarding page
 * at a renamed page's earlier address ({@link guide.publish.MovedPage}): a link to the old address, shared in a chat,
 * then shows the page as a link to its new one does.
 */
final class LinkPreviews {
    private LinkPreviews() {
    }

    /** The preview of a published document's page, from the page models the build renders (null for a page without one). */
    static Function<ContentDocument, LinkPreview> of(List<PageSpec> specs, UiStrings ui) {
        Map<String, PageModel> models = new HashMap<>();
        for (PageSpec spec : specs) {
            if (spec.source() != null) {
                models.put(spec.outputPath(), spec.model());
            }
        }
        return doc -> {
            PageModel model = models.get(doc.outputPath());
            return model == null ? null : of(model, ui);
        };
    }

    private static LinkPreview of(PageModel model, UiStrings ui) {
        SocialImage image = model.socialImage();
        return new LinkPreview("post".equals(model.type()) ? "article" : "website", model.summary(), ui.text(model.lang(), "siteName"),
                model.language().ogLocale(), image == null ? null : image.url(), image == null ? 0 : image.width(),
                image == null ? 0 : image.height(), image == null ? null : image.alt());
    }
}
