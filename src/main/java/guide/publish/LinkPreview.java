package guide.publish;

import org.jsoup.nodes.Entities;

/**
 * How a renamed page's old address looks when shared in a chat or a social network: the page's own preview (its
 * title, description, site name, locale and share picture), so that a link saved before the rename still shows the
 * page. Chat apps read the tags of the address they are given and follow a server's redirect, not a page's instant
 * refresh; on a host that reads no redirect rules the forwarding page ({@link MovedPage}) is all they get.
 *
 * @param type        {@code article} or {@code website}, as the page's own {@code og:type}
 * @param description the page's description, or null
 * @param siteName    the guide's name in the page's language
 * @param locale      the page's {@code og:locale}, {@code en_GB}
 * @param image       the page's share picture's absolute address, or null (no picture, {@code site.socialCards=false})
 * @param width       its width in pixels
 * @param height      its height in pixels
 * @param imageAlt    its text alternative
 */
public record LinkPreview(String type, String description, String siteName, String locale, String image, int width, int height,
                          String imageAlt) {

    /** The Open Graph (and X) tags of a page with that title at that address, one a line. */
    String tags(String title, String url) {
        StringBuilder s = new StringBuilder();
        meta(s, "property", "og:type", type);
        meta(s, "property", "og:title", title);
        meta(s, "property", "og:description", description);
        meta(s, "property", "og:url", url);
        meta(s, "property", "og:site_name", siteName);
        meta(s, "property", "og:locale", locale);
        if (image != null) {
            meta(s, "property", "og:image", image);
            meta(s, "property", "og:image:width", Integer.toString(width));
            meta(s, "property", "og:image:height", Integer.toString(height));
            meta(s, "property", "og:image:alt", imageAlt);
            meta(s, "name", "twitter:card", "summary_large_image");
            meta(s, "name", "twitter:image:alt", imageAlt);
        }
        return s.toString();
    }

    private static void meta(StringBuilder s, String attribute, String name, String content) {
        if (content != null) {
            s.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"").append(Entities.escape(content)).append("\">\n");
        }
    }
}
