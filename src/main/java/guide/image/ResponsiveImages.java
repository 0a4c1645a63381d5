package guide.image;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;

/**
 * The pass over a page's {@code <img>} elements that show content images: each gets its
 * {@code src} on its widest published copy (a JPEG or PNG is never published as uploaded), its
 * {@code width} and {@code height} (so the browser keeps the room before the file arrives: no
 * layout shift), a {@code srcset} of its re-encoded copies with {@code sizes} for the article's
 * column as the style sheet sets it ({@link TextColumn}; so a phone loads a 480-pixel copy, not the 4,000-pixel original), and, except the
 * page's first image, which is likely in view, {@code loading="lazy"} and {@code decoding="async"}.
 *
 * <p>Images the catalog does not know (a wrong address) and images without alt text are left as
 * they are, for the link check to report with the Markdown line that names them.
 */
public final class ResponsiveImages {
    private static final Evaluator IMAGES = Selector.evaluatorOf("img[src]");
    private final ImageCatalog catalog;
    /** The images' {@code sizes}, for the article's column ({@link TextColumn}). */
    private final String sizes;

    public ResponsiveImages(ImageCatalog catalog) {
        this(catalog, TextColumn.DEFAULT);
    }

    public ResponsiveImages(ImageCatalog catalog, TextColumn column) {
        this.catalog = catalog;
        this.sizes = column.sizes();
    }

    public void apply(Document doc) {
        if (!catalog.isEmpty()) {
            apply(doc.select(IMAGES));
        }
    }

    /** @param images the page's {@code img[src]}, in document order */
    public void apply(List<Element> images) {
        if (catalog.isEmpty()) {
            return;
        }
        boolean first = true;
        for (Element img : images) {
            ContentImage image = catalog.at(img.attr("src")).orElse(null);
            if (image == null || !img.hasAttr("alt") || img.attr("alt").isBlank()) {
                first = false;
                continue;
            }
            img.attr("src", image.displayUrl());
            img.attr("width", Integer.toString(image.displayWidth()));
            img.attr("height", Integer.toString(image.displayHeight()));
            if (image.copies().size() > 1) {
                StringBuilder srcset = new StringBuilder();
                for (ImageVariant copy : image.copies()) {
                    srcset.append(srcset.isEmpty() ? "" : ", ").append(copy.url()).append(' ').append(copy.width()).append('w');
                }
                img.attr("srcset", srcset.toString());
                img.attr("sizes", sizes);
            }
            if (!first) {
                img.attr("loading", "lazy");
                img.attr("decoding", "async");
            }
            first = false;
        }
    }
}
